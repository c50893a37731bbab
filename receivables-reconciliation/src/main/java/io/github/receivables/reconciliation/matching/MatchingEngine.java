package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches bank lines against an {@link OpenItemIndex}: finds candidates through the indexes
 * (never by scanning all items), scores each with weighted evidence, and returns a
 * {@link MatchResult} per line. It decides nothing and writes nothing; {@link CashApplication}
 * does. Thread-safe: sessions carry the per-run state.
 */
public final class MatchingEngine {

    private final OpenItemIndex index;
    private final MatchingConfig config;
    private final ReferenceExtractor extractor;
    private final PayerRules rules;
    private final SettlementSource settlements;

    private MatchingEngine(Builder builder) {
        this.index = builder.index;
        this.config = builder.config;
        this.extractor = builder.extractor;
        this.rules = builder.rules;
        this.settlements = builder.settlements;
    }

    /**
     * Starts a builder.
     *
     * @param index the open items to match against; never null
     * @return a builder with default configuration, the standard extractor, no learned rules and
     *     no payout details
     */
    public static Builder builder(OpenItemIndex index) {
        return new Builder(index);
    }

    /**
     * Returns the index this engine matches against.
     *
     * @return the index; never null
     */
    public OpenItemIndex index() {
        return index;
    }

    /**
     * Returns the configuration.
     *
     * @return the configuration; never null
     */
    public MatchingConfig config() {
        return config;
    }

    /**
     * Starts a session, the per-run record of what was applied on top of the snapshot.
     *
     * @return a new empty session
     */
    public MatchingSession newSession() {
        return new MatchingSession(index);
    }

    /**
     * Matches one line. The session is read, not changed: the caller consumes the proposal it
     * applies.
     *
     * @param line the line; never null
     * @param session the run's session over this engine's index; never null
     * @return the result; never null
     * @throws IllegalArgumentException if the session belongs to another index
     */
    public MatchResult evaluate(BankLine line, MatchingSession session) {
        Objects.requireNonNull(line, "line");
        if (session.index() != index) {
            throw new IllegalArgumentException("session of line " + line.id()
                    + " belongs to another index; start it with newSession()");
        }
        MatchResult.Reason reason = notApplicable(line);
        if (reason != null) {
            return new MatchResult.NotApplicable(line, reason);
        }
        Optional<PayoutSettlement> payout = settlements.find(line);
        if (payout.isPresent()) {
            return new PayoutMatcher(session).match(line, payout.get());
        }
        LineContext context = new LineContext(line, extractor.extract(line), index, rules,
                config.weights());
        List<Candidate> ranked = new CandidateSearch(context, session, config).rankedCandidates();
        return new ResultBuilder(context, session, config).result(ranked);
    }

    private static MatchResult.Reason notApplicable(BankLine line) {
        if (line.reversal()) {
            return MatchResult.Reason.REVERSAL;
        }
        switch (line.status()) {
            case PENDING:
                return MatchResult.Reason.PENDING;
            case INFO:
                return MatchResult.Reason.INFORMATION;
            default:
                break;
        }
        if (!line.amount().isPositive()) {
            return line.returnReason() != null ? MatchResult.Reason.REVERSAL
                    : MatchResult.Reason.NOT_A_CREDIT;
        }
        return null;
    }

    /** Builds a {@link MatchingEngine}; each setter checks its argument at once. */
    public static final class Builder {
        private final OpenItemIndex index;
        private MatchingConfig config = MatchingConfig.defaults();
        private ReferenceExtractor extractor = ReferenceExtractor.standard();
        private PayerRules rules = NoRules.INSTANCE;
        private SettlementSource settlements = SettlementSource.none();

        private Builder(OpenItemIndex index) {
            this.index = Objects.requireNonNull(index, "index");
        }

        /**
         * Sets the configuration.
         *
         * @param value the configuration; never null
         * @return this builder
         */
        public Builder config(MatchingConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /**
         * Sets the reference extractor.
         *
         * @param value the extractor; never null
         * @return this builder
         */
        public Builder extractor(ReferenceExtractor value) {
            this.extractor = Objects.requireNonNull(value, "extractor");
            return this;
        }

        /**
         * Sets the learned payer rules.
         *
         * @param value the rules; never null
         * @return this builder
         */
        public Builder payerRules(PayerRules value) {
            this.rules = Objects.requireNonNull(value, "payerRules");
            return this;
        }

        /**
         * Sets the source of payout settlement details.
         *
         * @param value the source; never null
         * @return this builder
         */
        public Builder settlements(SettlementSource value) {
            this.settlements = Objects.requireNonNull(value, "settlements");
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         */
        public MatchingEngine build() {
            return new MatchingEngine(this);
        }
    }

    /** Rules that know nothing, for engines built without a rule store. */
    private enum NoRules implements PayerRules {
        INSTANCE;

        @Override
        public Optional<CustomerId> customerForAccount(String accountKey) {
            return Optional.empty();
        }

        @Override
        public Optional<CustomerId> customerForName(String normalizedName) {
            return Optional.empty();
        }

        @Override
        public void learn(PayerRule rule) {
            throw new UnsupportedOperationException("this engine was built without payer rules;"
                    + " pass a PayerRules store to learn");
        }
    }
}
