package io.github.receivables.reminders.dispatch;

import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.plan.Plan;
import io.github.receivables.reminders.plan.PlannedAction;
import io.github.receivables.reminders.template.TemplateException;
import io.github.receivables.spi.memory.InMemoryReplyStore;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.DeliveryReceipt;
import io.github.receivables.spi.notification.InboundReply;
import io.github.receivables.spi.notification.NotificationChannel;
import io.github.receivables.spi.notification.NotificationListener;
import io.github.receivables.spi.notification.outbox.OutboxEntry;
import io.github.receivables.spi.notification.outbox.OutboxRecord;
import io.github.receivables.spi.notification.outbox.OutboxStore;
import io.github.receivables.spi.store.ReplyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends planned actions through the notification channels with an outbox, so a crash between
 * any two steps loses nothing and sends nothing twice.
 *
 * <p>Each action goes through four steps: the composed entry is inserted in the outbox (a
 * second insert of the same key does nothing); the record is claimed with a lease by a
 * compare-and-set, so of two dispatchers only one works on it; the channel is called with the
 * record's key, which the channel must deduplicate; the record is completed by another
 * compare-and-set. After a crash, {@link #resume()} takes every pending record and every record
 * whose lease lapsed and goes on from where it stood: a send repeated after a crash reaches the
 * channel with the same key and delivers nothing new. Actions lost before their insert are
 * planned again by the next planner run with the same keys.
 *
 * <p>Transient failures and unknown outcomes are retried on the same channel with the waits of
 * the {@link BackoffSchedule}; a permanent failure, or transient failures on every attempt, move
 * to the next channel; unknown outcomes on every attempt end as {@code UNCONFIRMED}, never on
 * another channel, since the message may have arrived. A record is never sent after its contact
 * window closes: it ends as {@code EXPIRED} and the planner plans it again.
 *
 * <p>Logs: record starts, ends, retries and failures at INFO or WARN with keys and channel
 * kinds only; recipient addresses appear masked, and only at DEBUG. Thread-safe: several
 * threads or processes may dispatch over one outbox store.
 */
public final class Dispatcher implements NotificationListener {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final OutboxStore outbox;
    private final ReplyStore replies;
    private final Map<ChannelKind, NotificationChannel> channels;
    private final MessageComposer composer;
    private final Clock clock;
    private final Sleeper sleeper;
    private final BackoffSchedule backoff;
    private final Duration lease;
    private final String owner;
    private final int resumeBatch;

    private Dispatcher(Builder builder) {
        this.outbox = Objects.requireNonNull(builder.outbox, "outbox");
        this.replies = builder.replies;
        this.channels = new EnumMap<>(builder.channels);
        this.composer = Objects.requireNonNull(builder.composer, "composer");
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.backoff = builder.backoff;
        this.lease = builder.lease;
        this.owner = builder.owner;
        this.resumeBatch = builder.resumeBatch;
    }

    /**
     * Starts a builder.
     *
     * @param outbox the outbox store; never null
     * @param composer turns actions into outbox entries; never null
     * @return a builder with the system UTC clock, thread sleeping, the standard backoff, a lease
     *     of five minutes and an in-memory reply store; never null
     */
    public static Builder builder(OutboxStore outbox, MessageComposer composer) {
        return new Builder(outbox, composer);
    }

    /**
     * Writes every action of a plan to the outbox and sends those whose time has come.
     *
     * @param plan the plan; never null
     * @param customers the customers of its actions, by id; never null
     * @return one result per action; never null
     */
    public DispatchReport dispatch(Plan plan, Map<CustomerId, Customer> customers) {
        List<DispatchResult> results = new ArrayList<>(plan.actions().size());
        List<String> warnings = new ArrayList<>();
        for (PlannedAction action : plan.actions()) {
            Customer customer = customers.get(action.customerId());
            if (customer == null) {
                results.add(new DispatchResult.NotQueued(action.key(), "customer "
                        + action.customerId() + " is missing from the customers given"));
                continue;
            }
            results.add(dispatch(action, customer, warnings));
        }
        return new DispatchReport(results, warnings);
    }

    /**
     * Writes one action to the outbox and sends it if its time has come.
     *
     * @param action the action; never null
     * @param customer its customer; never null
     * @param warnings receives template warnings; never null
     * @return what happened; never null
     */
    public DispatchResult dispatch(PlannedAction action, Customer customer,
            List<String> warnings) {
        Optional<OutboxRecord> existing = outbox.find(action.key());
        if (existing.isPresent()) {
            return process(existing.get());
        }
        OutboxEntry entry;
        try {
            entry = composer.compose(action, customer, channels, warnings);
        } catch (NotQueuedException | TemplateException e) {
            LOG.warn("action {} not queued: {}", action.key(), e.getMessage());
            return new DispatchResult.NotQueued(action.key(), e.getMessage());
        }
        OutboxRecord pending = OutboxRecord.pending(entry, clock.instant());
        if (outbox.insert(pending)) {
            LOG.info("action {} queued for customer {} on {}", action.key(),
                    action.customerId(), action.kind());
        }
        return outbox.find(action.key()).map(this::process)
                .orElseThrow(() -> new IllegalStateException("outbox lost record "
                        + action.key() + " right after inserting it"));
    }

    /**
     * Sends every outbox record that is pending, or whose lease lapsed, and whose time has come,
     * in batches until none is left.
     *
     * @return one result per record handled; never null
     */
    public DispatchReport resume() {
        List<DispatchResult> results = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (true) {
            List<OutboxRecord> batch = outbox.findResumable(clock.instant(), resumeBatch);
            batch.removeIf(record -> seen.contains(record.key()));
            if (batch.isEmpty()) {
                return new DispatchReport(results, List.of());
            }
            for (OutboxRecord record : batch) {
                seen.add(record.key());
                results.add(process(record));
            }
        }
    }

    private DispatchResult process(OutboxRecord record) {
        return new RecordSender(outbox, channels, clock, sleeper, backoff, lease, owner)
                .send(record);
    }

    /**
     * Records a delivery receipt on its outbox record. The receipt's key may be the record key
     * or the key of one of its deliveries.
     *
     * @param receipt the receipt; never null
     */
    @Override
    public void onReceipt(DeliveryReceipt receipt) {
        String key = receipt.idempotencyKey();
        int colon = key.lastIndexOf(':');
        String recordKey = colon > 0 ? key.substring(0, colon) : key;
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<OutboxRecord> record = outbox.find(recordKey);
            if (record.isEmpty()) {
                LOG.warn("receipt for unknown outbox key {} ignored", recordKey);
                return;
            }
            OutboxRecord updated = record.get().withDeliveryStatus(receipt.status(),
                    clock.instant());
            if (outbox.update(record.get(), updated).isPresent()) {
                LOG.info("receipt {} recorded for {}", receipt.status(), recordKey);
                return;
            }
        }
        LOG.warn("receipt {} for {} not recorded: the record kept changing", receipt.status(),
                recordKey);
    }

    /**
     * Records a debtor's reply. The planner reads opt-outs from the reply store through
     * {@link io.github.receivables.reminders.plan.ReminderHistory}; promises to pay are for the
     * host to turn into a promised collection status.
     *
     * @param reply the reply; never null
     */
    @Override
    public void onReply(InboundReply reply) {
        if (replies.add(reply)) {
            LOG.info("reply {} from customer {} on {} recorded: {}", reply.replyId(),
                    reply.customerId(), reply.kind(), reply.intent().getClass().getSimpleName());
        }
    }

    /**
     * Returns the replies recorded for a customer.
     *
     * @param customerId the customer; never null
     * @return the replies, oldest first; never null
     */
    public List<InboundReply> replies(CustomerId customerId) {
        return replies.findByCustomer(customerId);
    }

    /** Builds a {@link Dispatcher}. Not thread-safe. */
    public static final class Builder {
        private final OutboxStore outbox;
        private final MessageComposer composer;
        private ReplyStore replies = new InMemoryReplyStore();
        private final Map<ChannelKind, NotificationChannel> channels =
                new EnumMap<>(ChannelKind.class);
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.threadSleep();
        private BackoffSchedule backoff = BackoffSchedule.standard();
        private Duration lease = Duration.ofMinutes(5);
        private String owner = "dispatcher-" + Long.toHexString(System.nanoTime());
        private int resumeBatch = 500;

        private Builder(OutboxStore outbox, MessageComposer composer) {
            this.outbox = Objects.requireNonNull(outbox, "outbox");
            this.composer = Objects.requireNonNull(composer, "composer");
        }

        /**
         * Registers a channel for its kind.
         *
         * @param channel the channel; never null
         * @return this builder
         * @throws IllegalArgumentException if a channel of that kind is already registered
         */
        public Builder channel(NotificationChannel channel) {
            Objects.requireNonNull(channel, "channel");
            if (channels.putIfAbsent(channel.kind(), channel) != null) {
                throw new IllegalArgumentException("a " + channel.kind()
                        + " channel is already registered");
            }
            return this;
        }

        /**
         * Sets the reply store.
         *
         * @param value the store
         * @return this builder
         */
        public Builder replies(ReplyStore value) {
            this.replies = Objects.requireNonNull(value, "replies");
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets how the dispatcher waits between retries.
         *
         * @param value the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * Sets the retry waits.
         *
         * @param value the schedule
         * @return this builder
         */
        public Builder backoff(BackoffSchedule value) {
            this.backoff = Objects.requireNonNull(value, "backoff");
            return this;
        }

        /**
         * Sets how long a claim on a record lasts. It must exceed the longest send plus retry
         * wait, because otherwise a second dispatcher may take the record over while the first
         * still works on it.
         *
         * @param value the lease, positive
         * @return this builder
         * @throws IllegalArgumentException if the lease is not positive
         */
        public Builder lease(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("lease must be positive, got " + value);
            }
            this.lease = value;
            return this;
        }

        /**
         * Sets the id this dispatcher writes into its claims.
         *
         * @param value the id, such as a host name and thread
         * @return this builder
         */
        public Builder owner(String value) {
            this.owner = Objects.requireNonNull(value, "owner");
            return this;
        }

        /**
         * Sets how many records {@link Dispatcher#resume()} reads at a time.
         *
         * @param value the batch size, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the size is below 1
         */
        public Builder resumeBatch(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("resumeBatch must be at least 1, got "
                        + value);
            }
            this.resumeBatch = value;
            return this;
        }

        /**
         * Builds the dispatcher.
         *
         * @return the dispatcher; never null
         */
        public Dispatcher build() {
            return new Dispatcher(this);
        }
    }
}
