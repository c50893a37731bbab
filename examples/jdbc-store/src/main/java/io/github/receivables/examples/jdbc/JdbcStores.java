package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.AllocationStore;
import io.github.receivables.spi.store.CustomerStore;
import io.github.receivables.spi.store.DocumentStore;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.PaymentAdjustmentStore;
import io.github.receivables.spi.store.PaymentStore;
import io.github.receivables.spi.store.ReminderOutboxStore;
import io.github.receivables.spi.store.StatementImportStore;
import io.github.receivables.spi.store.StoreUnavailableException;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.WriteOffStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Every store of the SDK over plain JDBC, on H2 2.x or PostgreSQL 15 or later. It passes the
 * conformance kit of {@code receivables-spi} on both databases.
 *
 * <pre>{@code
 * Stores stores = JdbcStores.builder(dataSource)
 *         .migrate(true)
 *         .clock(Clock.systemUTC())
 *         .build();
 * }</pre>
 *
 * <ul>
 *   <li>Connections: each store call outside a transaction takes a connection from the data
 *       source and runs in a transaction of its own; {@link #inTransaction} uses one
 *       connection for the whole work. Give a pooled data source: the stores never pool.
 *   <li>Isolation: read committed. Versions, unique keys and row locks give the guarantees of
 *       the SPI; if the data source hands out another level, each connection is switched to
 *       read committed.
 *   <li>Rollback-only: inside a transaction, any store call that fails after it reached the
 *       database makes the transaction roll back, even when the failure is an {@link
 *       IllegalArgumentException} such as reversing an allocation before its applied day.
 *       PostgreSQL aborts a transaction after any failed statement, so both databases behave
 *       the same way. Argument checks that fail before a call reaches the database do not.
 *   <li>Confinement: inside the work, use the {@code Stores} passed to it. Calling this
 *       instance from the thread that runs a transaction throws {@link IllegalStateException},
 *       because the call would take a second connection and could wait for the locks of its own
 *       transaction.
 *   <li>Streams: {@code streamByCustomer} reads {@link Builder#fetchSize} rows per round trip
 *       and holds a connection until the stream is closed.
 *   <li>Time: the stores never read the clock for the values they keep; the clock only stamps
 *       each row's {@code written_at} column.
 * </ul>
 *
 * <p>Thread-safe: many threads may call the stores and run transactions at once.
 */
public final class JdbcStores implements Stores {

    private final StoreContext context;
    private final ConnectionSource connections;
    private final StoreSet stores;
    private final ThreadLocal<JdbcTransaction> running = new ThreadLocal<>();

    private JdbcStores(StoreContext context, ConnectionSource connections) {
        this.context = context;
        this.connections = connections;
        this.stores = new StoreSet(context,
                new AutoCommitAccess(connections, this::requireNoTransaction));
    }

    /**
     * Creates stores over a data source with the defaults: migrate on start, tables in the
     * connection's default schema, UTC system clock.
     *
     * @param dataSource a pooled data source of an H2 or PostgreSQL database; never null
     * @return the stores
     * @throws StoreUnavailableException if no connection can be opened
     * @throws JdbcStoreException if a migration fails
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     */
    public static JdbcStores create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Starts a builder over a data source.
     *
     * @param dataSource a pooled data source of an H2 or PostgreSQL database; never null
     * @return the builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    @Override
    public <T> T inTransaction(Function<? super Stores, ? extends T> work) {
        Objects.requireNonNull(work, "work");
        requireNoTransaction();
        JdbcTransaction transaction = new JdbcTransaction(connections);
        running.set(transaction);
        try {
            return transaction.execute(new TransactionalStores(context, transaction), work);
        } finally {
            running.remove();
        }
    }

    private void requireNoTransaction() {
        if (running.get() != null) {
            throw new IllegalStateException("this thread runs a transaction of these stores:"
                    + " inside the work, use the Stores passed to it, not the JdbcStores"
                    + " instance");
        }
    }

    @Override
    public CustomerStore customers() {
        return stores.customers;
    }

    @Override
    public DocumentStore documents() {
        return stores.documents;
    }

    @Override
    public PaymentStore payments() {
        return stores.payments;
    }

    @Override
    public AllocationStore allocations() {
        return stores.allocations;
    }

    @Override
    public WriteOffStore writeOffs() {
        return stores.writeOffs;
    }

    @Override
    public PaymentAdjustmentStore paymentAdjustments() {
        return stores.paymentAdjustments;
    }

    @Override
    public ReminderOutboxStore reminderOutbox() {
        return stores.reminderOutbox;
    }

    @Override
    public StatementImportStore statementImports() {
        return stores.statementImports;
    }

    @Override
    public MatchDecisionStore matchDecisions() {
        return stores.matchDecisions;
    }

    /** Settings of {@link JdbcStores}. Not thread-safe; each setting is checked when set. */
    public static final class Builder {

        /** The default number of rows a streamed query reads per round trip. */
        public static final int DEFAULT_FETCH_SIZE = 500;

        private final DataSource dataSource;
        private boolean migrate = true;
        private Clock clock = Clock.systemUTC();
        private String schema;
        private int fetchSize = DEFAULT_FETCH_SIZE;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Sets whether {@link #build()} applies pending schema migrations (Flyway, history table
         * {@code receivables_schema_history}). Default true; turn it off when the host migrates
         * the schema itself, for example from a deployment job.
         *
         * @param value true to migrate on build
         * @return this builder
         */
        public Builder migrate(boolean value) {
            this.migrate = value;
            return this;
        }

        /**
         * Sets the clock that stamps each row's {@code written_at} column. Default {@link
         * Clock#systemUTC()}.
         *
         * @param value the clock; never null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Puts the tables in a schema of their own, created by the migration if missing, such as
         * one schema per tenant. Default: the connection's default schema.
         *
         * @param value 1 to 63 characters: lower-case ASCII letters, digits and underscores,
         *     starting with a letter or underscore
         * @return this builder
         * @throws IllegalArgumentException if the name has another form; such names would need
         *     quoting that differs between the databases
         */
        public Builder schema(String value) {
            Objects.requireNonNull(value, "schema");
            if (!value.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("schema name '" + value + "' must be 1 to 63"
                        + " lower-case letters, digits or underscores, not starting with a digit");
            }
            this.schema = value;
            return this;
        }

        /**
         * Sets how many rows a streamed query reads per round trip, which bounds the memory a
         * stream holds. Default {@value #DEFAULT_FETCH_SIZE}.
         *
         * @param value 1 to 10,000 rows
         * @return this builder
         * @throws IllegalArgumentException if the value is out of range
         */
        public Builder fetchSize(int value) {
            if (value < 1 || value > 10_000) {
                throw new IllegalArgumentException("fetch size must be 1 to 10000 rows, got "
                        + value);
            }
            this.fetchSize = value;
            return this;
        }

        /**
         * Detects the database, applies migrations if enabled and returns the stores.
         *
         * @return the stores
         * @throws StoreUnavailableException if no connection can be opened
         * @throws JdbcStoreException if a migration fails
         * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
         */
        public JdbcStores build() {
            Dialect dialect;
            boolean setReadCommitted;
            ConnectionSource probe = new ConnectionSource(dataSource, false, fetchSize);
            Connection connection = probe.open();
            try {
                dialect = Dialect.of(connection);
                setReadCommitted = connection.getTransactionIsolation()
                        != Connection.TRANSACTION_READ_COMMITTED;
            } catch (SQLException e) {
                throw SqlErrors.translate("database detection", e);
            } finally {
                probe.rollbackQuietly(connection, "database detection", null);
                probe.close(connection);
            }
            if (migrate) {
                Migrations.migrate(dataSource, dialect, schema);
            }
            StoreContext context = new StoreContext(dialect, schema, new JsonCodec(), clock);
            return new JdbcStores(context,
                    new ConnectionSource(dataSource, setReadCommitted, fetchSize));
        }
    }
}
