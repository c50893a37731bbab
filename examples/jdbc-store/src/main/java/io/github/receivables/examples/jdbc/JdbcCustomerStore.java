package io.github.receivables.examples.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.receivables.core.party.CompanySize;
import io.github.receivables.core.party.ContactPoint;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.DebtorRegime;
import io.github.receivables.core.party.LegalStatus;
import io.github.receivables.core.party.TaxId;
import io.github.receivables.spi.store.CustomerStore;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.Versioned;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link CustomerStore} over the {@code customers} table. */
final class JdbcCustomerStore implements CustomerStore {

    private static final String KIND = "customer";
    private static final TypeReference<List<ContactPoint>> CONTACTS = new TypeReference<>() {};
    private static final Keyset.Order BY_ID = new Keyset.Order("customers", null, "id");
    private static final String COLUMNS = "id, version, name, tax_country, tax_id, regime,"
            + " company_size, legal_status, contacts, locale, time_zone, credit_limit_minor,"
            + " credit_limit_currency, segment";

    private final StoreContext context;
    private final Access access;
    private final String insert;
    private final String update;
    private final String select;
    private final String selectById;
    private final String selectVersion;
    private final String selectIdsIn;

    JdbcCustomerStore(StoreContext context, Access access) {
        this.context = context;
        this.access = access;
        this.insert = context.sql("INSERT INTO {customers} (" + COLUMNS + ", written_at)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, {json}, ?, ?, ?, ?, ?, ?)");
        this.update = context.sql("UPDATE {customers} SET version = version + 1, name = ?,"
                + " tax_country = ?, tax_id = ?, regime = ?, company_size = ?, legal_status = ?,"
                + " contacts = {json}, locale = ?, time_zone = ?, credit_limit_minor = ?,"
                + " credit_limit_currency = ?, segment = ?, written_at = ?"
                + " WHERE id = ? AND version = ?");
        this.select = context.sql("SELECT " + COLUMNS + " FROM {customers}");
        this.selectById = select + " WHERE id = ?";
        this.selectVersion = context.sql("SELECT version FROM {customers} WHERE id = ?");
        this.selectIdsIn = context.sql("SELECT id FROM {customers} WHERE id IN (");
    }

    @Override
    public Versioned<Customer> insert(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        return access.run("customers.insert", connection -> {
            try {
                Sql.update(connection, insert, insertParams(customer));
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e)) {
                    throw new DuplicateKeyException(KIND + " " + customer.id()
                            + " already exists", e);
                }
                throw e;
            }
            return Versioned.initial(customer);
        });
    }

    @Override
    public List<Versioned<Customer>> insertAll(Collection<Customer> customers) {
        List<Customer> copy = List.copyOf(customers);
        List<String> ids = copy.stream().map(customer -> customer.id().value()).toList();
        Rows.requireDistinct(KIND, ids);
        return access.run("customers.insertAll", connection -> {
            Rows.requireAbsent(connection, KIND, selectIdsIn, ids);
            Rows.batch(connection, insert, copy.stream().map(this::insertParams).toList());
            return copy.stream().map(Versioned::initial).toList();
        });
    }

    @Override
    public List<InsertResult<Versioned<Customer>>> insertAllIfAbsent(
            Collection<Customer> customers) {
        List<Customer> copy = List.copyOf(customers);
        return access.run("customers.insertAllIfAbsent", connection -> {
            List<InsertResult<Versioned<Customer>>> results = new ArrayList<>(copy.size());
            for (Customer customer : copy) {
                results.add(insertIfAbsent(connection, customer));
            }
            return results;
        });
    }

    private InsertResult<Versioned<Customer>> insertIfAbsent(Connection connection,
            Customer customer) throws SQLException {
        if (context.dialect.insertIfAbsent(connection, insert, insertParams(customer))) {
            return new InsertResult.Inserted<>(Versioned.initial(customer));
        }
        Versioned<Customer> present = Sql.queryOne(connection, selectById, this::map,
                List.of(customer.id().value())).orElseThrow(() -> vanished(customer.id()));
        return new InsertResult.AlreadyPresent<>(present);
    }

    @Override
    public Optional<Versioned<Customer>> find(CustomerId id) {
        Objects.requireNonNull(id, "id");
        return access.run("customers.find",
                connection -> Sql.queryOne(connection, selectById, this::map, List.of(id.value())));
    }

    @Override
    public Map<CustomerId, Versioned<Customer>> findAll(Collection<CustomerId> ids) {
        List<String> keys = ids.stream().map(CustomerId::value).distinct().toList();
        return access.run("customers.findAll", connection -> {
            Map<CustomerId, Versioned<Customer>> found = new LinkedHashMap<>();
            for (int from = 0; from < keys.size(); from += Rows.IN_LIST_SIZE) {
                List<String> chunk = keys.subList(from,
                        Math.min(keys.size(), from + Rows.IN_LIST_SIZE));
                String sql = select + " WHERE id IN (" + Sql.markers(chunk.size()) + ")";
                for (Versioned<Customer> row : Sql.queryList(connection, sql, this::map, chunk)) {
                    found.put(row.value().id(), row);
                }
            }
            return found;
        });
    }

    @Override
    public List<Versioned<Customer>> findByTaxId(TaxId taxId) {
        Objects.requireNonNull(taxId, "taxId");
        String sql = select + " WHERE tax_country = ? AND tax_id = ? ORDER BY "
                + context.dialect.orderColumn("id");
        return access.run("customers.findByTaxId", connection -> Sql.queryList(connection, sql,
                this::map, List.of(taxId.country(), taxId.compact())));
    }

    @Override
    public Versioned<Customer> update(Customer customer, long expectedVersion) {
        Objects.requireNonNull(customer, "customer");
        List<Object> params = valueParams(customer);
        params.add(customer.id().value());
        params.add(expectedVersion);
        return access.run("customers.update", connection -> {
            if (Sql.update(connection, update, params) == 0) {
                throw Rows.missedUpdate(connection, selectVersion, KIND, customer.id().value(),
                        expectedVersion);
            }
            return new Versioned<>(customer, Math.addExact(expectedVersion, 1));
        });
    }

    @Override
    public Page<Versioned<Customer>> list(PageRequest request) {
        Keyset.Cursor cursor = Keyset.cursor(BY_ID, Objects.requireNonNull(request, "request"));
        return access.run("customers.list", connection -> Keyset.page(connection, context,
                select, List.of(), List.of(), cursor, this::map,
                row -> new Keyset.SortKey(null, row.value().id().value())));
    }

    private List<Object> insertParams(Customer customer) {
        List<Object> params = valueParams(customer);
        params.add(0, customer.id().value());
        return params;
    }

    /** Returns the parameters from name to written_at, in the order of both statements. */
    private List<Object> valueParams(Customer customer) {
        TaxId taxId = customer.taxId();
        return Sql.params(customer.name(),
                taxId == null ? null : taxId.country(),
                taxId == null ? null : taxId.compact(),
                customer.regime(), customer.size(), customer.legalStatus(),
                context.json.write(customer.contacts()),
                customer.locale().toLanguageTag(), customer.zone().getId(),
                Rows.minor(customer.creditLimit()), Rows.currency(customer.creditLimit()),
                customer.segment(), context.now());
    }

    private Versioned<Customer> map(ResultSet row) throws SQLException {
        String taxCountry = row.getString("tax_country");
        TaxId taxId = taxCountry == null ? null
                : context.json.taxId(taxCountry, row.getString("tax_id"));
        Customer customer = new Customer(
                CustomerId.of(row.getString("id")),
                row.getString("name"),
                taxId,
                DebtorRegime.valueOf(row.getString("regime")),
                CompanySize.valueOf(row.getString("company_size")),
                LegalStatus.valueOf(row.getString("legal_status")),
                context.json.read(row.getString("contacts"), CONTACTS, "customers.contacts"),
                Locale.forLanguageTag(row.getString("locale")),
                ZoneId.of(row.getString("time_zone")),
                Rows.money(row, "credit_limit_minor", "credit_limit_currency"),
                row.getString("segment"));
        return new Versioned<>(customer, row.getLong("version"));
    }

    private static JdbcStoreException vanished(CustomerId id) {
        return new JdbcStoreException(KIND + " " + id + " was reported present but is not"
                + " stored; customers are never deleted by the store, so another program"
                + " deleted it", null);
    }
}
