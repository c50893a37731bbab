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
import io.github.receivables.reminders.outbox.ReminderEntry;
import io.github.receivables.reminders.outbox.ReminderOutbox;
import io.github.receivables.reminders.outbox.ReminderRecord;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.ReminderOutboxStore;
import io.github.receivables.spi.store.ReplyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sends planned actions through the notification channels with an outbox, so a crash between
 * any two steps loses nothing and sends nothing twice.
 *
 * <p>The outbox is the host's {@link ReminderOutboxStore} (in memory, or a database through
 * the JDBC store), seen through {@link ReminderOutbox}. Each action goes through four steps:
 * <ol>
 *   <li>The composed entry is inserted. A second insert of the same key does nothing.</li>
 *   <li>The record is claimed with a lease, so of two dispatchers only one works on it.</li>
 *   <li>The channel is called with the delivery's key, which the channel must deduplicate.</li>
 *   <li>The outcome and the dispatcher's progress are written with the claim, so a dispatcher
 *       whose claim was taken over cannot write.</li>
 * </ol>
 * After a crash, {@link #resume()} claims every due record whose lease lapsed and goes on from
 * where it stood. A send repeated after a crash reaches the channel with the same key and
 * delivers nothing new. Actions lost before their insert are planned again by the next planner
 * run with the same keys.
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

    private final ReminderOutbox outbox;
    private final ReplyStore replies;
    private final Map<ChannelKind, NotificationChannel> channels;
    private final MessageComposer composer;
    private final Clock clock;
    private final Sleeper sleeper;
    private final BackoffSchedule backoff;
    private final Duration lease;
    private final String owner;

    private Dispatcher(Builder builder) {
        this.outbox = new ReminderOutbox(builder.outbox);
        this.replies = builder.replies;
        this.channels = new EnumMap<>(builder.channels);
        this.composer = Objects.requireNonNull(builder.composer, "composer");
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.backoff = builder.backoff;
        this.lease = builder.lease;
        this.owner = builder.owner;
    }

    /**
     * Starts a builder.
     *
     * @param outbox the outbox store, such as {@code stores.reminderOutbox()}; never null
     * @param composer turns actions into outbox entries; never null
     * @return a builder with the system UTC clock, thread sleeping, the standard backoff, a lease
     *     of five minutes and an in-memory reply store; never null
     */
    public static Builder builder(ReminderOutboxStore outbox, MessageComposer composer) {
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
        Optional<ReminderRecord> existing = outbox.find(action.key());
        if (existing.isPresent()) {
            return process(existing.get());
        }
        ReminderEntry entry;
        try {
            entry = composer.compose(action, customer, channels, warnings);
        } catch (NotQueuedException | TemplateException e) {
            LOG.warn("action {} not queued: {}", action.key(), e.getMessage());
            return new DispatchResult.NotQueued(action.key(), e.getMessage());
        }
        if (outbox.insert(entry, clock.instant())) {
            LOG.info("action {} queued for customer {} on {}", action.key(),
                    action.customerId(), action.kind());
        }
        return outbox.find(action.key()).map(this::process)
                .orElseThrow(() -> new IllegalStateException("outbox lost record "
                        + action.key() + " right after inserting it"));
    }

    /**
     * Claims and sends, one at a time, every outbox record that is pending with no running
     * lease and whose time has come, until none is left.
     *
     * @return one result per record handled; never null
     */
    public DispatchReport resume() {
        List<DispatchResult> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            Optional<ReminderRecord> next = outbox.claimNext(owner, clock.instant(), lease);
            if (next.isEmpty() || !seen.add(next.get().key())) {
                // A record handled in this call and due again keeps this claim until its
                // lease ends, so a later call takes it instead of looping here.
                return new DispatchReport(results, List.of());
            }
            results.add(process(next.get()));
        }
    }

    private DispatchResult process(ReminderRecord record) {
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
        try {
            if (outbox.recordReceipt(recordKey, receipt.status()).isEmpty()) {
                LOG.warn("receipt for unknown outbox key {} ignored", recordKey);
                return;
            }
            LOG.info("receipt {} recorded for {}", receipt.status(), recordKey);
        } catch (ConflictException e) {
            LOG.warn("receipt {} for {} not recorded: the record is still being sent",
                    receipt.status(), recordKey);
        }
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
        private final ReminderOutboxStore outbox;
        private final MessageComposer composer;
        private ReplyStore replies = new InMemoryReplyStore();
        private final Map<ChannelKind, NotificationChannel> channels =
                new EnumMap<>(ChannelKind.class);
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.threadSleep();
        private BackoffSchedule backoff = BackoffSchedule.standard();
        private Duration lease = Duration.ofMinutes(5);
        private String owner = "dispatcher-" + Long.toHexString(System.nanoTime());

        private Builder(ReminderOutboxStore outbox, MessageComposer composer) {
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
                throw new IllegalArgumentException("another " + channel.kind()
                        + " channel was registered before this one");
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
         * Builds the dispatcher.
         *
         * @return the dispatcher; never null
         */
        public Dispatcher build() {
            return new Dispatcher(this);
        }
    }
}
