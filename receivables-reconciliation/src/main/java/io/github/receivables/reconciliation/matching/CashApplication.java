package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs matching over statements and decides: a proposal whose confidence reaches its customer
 * segment's threshold is applied through the {@link AllocationWriter}, anything else is queued
 * for review in the {@link DecisionLog}. Reviewers confirm, reject or un-apply through this
 * class; a confirmation teaches the payer's account and name as {@link PayerRule}s.
 *
 * <p>Every line is decided once: a line with a decision is skipped on later runs, so re-running
 * a statement changes nothing and a user's un-apply is never redone. A reversal reopens what its
 * original line settled.
 *
 * <p>One instance serves one snapshot of open items (the engine's index) and tracks what it
 * applies on top of it; build a new one after the ledger changes elsewhere. Not thread-safe.
 */
public final class CashApplication {

    private static final Logger LOG = LoggerFactory.getLogger(CashApplication.class);
    private static final int MAX_REFERENCE = 280;

    private final MatchingEngine engine;
    private final AllocationWriter writer;
    private final DecisionLog log;
    private final PayerRules rules;
    private final MatchingSession session;
    private final ReversalHandler reversals;

    /**
     * Creates the service.
     *
     * @param engine the engine, built with the same {@code rules}; never null
     * @param writer the ledger port; never null
     * @param log the decision store; never null
     * @param rules the learned payer rules; never null
     */
    public CashApplication(MatchingEngine engine, AllocationWriter writer, DecisionLog log,
            PayerRules rules) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.log = Objects.requireNonNull(log, "log");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.session = engine.newSession();
        this.reversals = new ReversalHandler(writer, log, session,
                engine.config().reversalLookBackDays());
    }

    /**
     * Returns the session with what this service applied on top of the snapshot.
     *
     * @return the session; never null
     */
    public MatchingSession session() {
        return session;
    }

    /**
     * Matches and decides every line of some statement entries, in order.
     *
     * @param entries the entries; never null
     * @param on the day of the run, used as the application date; never null
     * @return what happened to each line; never null
     * @throws MatchingException if an entry cannot be turned into lines
     * @throws RuntimeException whatever the writer or the log throws; lines before it are kept
     */
    public RunReport run(Collection<StatementEntry> entries, LocalDate on) {
        List<BankLine> lines = new ArrayList<>();
        for (StatementEntry entry : entries) {
            lines.addAll(BankLine.of(entry));
        }
        return runLines(lines, on);
    }

    /**
     * Matches and decides every line of some statement entries, in order, handing each outcome
     * to a sink instead of collecting them, so that a large statement needs no memory per line
     * beyond what the ports keep.
     *
     * @param entries the entries; never null
     * @param on the day of the run; never null
     * @param sink receives each outcome as soon as the line is decided; never null
     * @return how many lines were processed
     * @throws MatchingException if an entry cannot be turned into lines
     */
    public long stream(Iterable<StatementEntry> entries, LocalDate on,
            Consumer<LineOutcome> sink) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(sink, "sink");
        long count = 0;
        for (StatementEntry entry : entries) {
            for (BankLine line : BankLine.of(entry)) {
                sink.accept(decide(line, on));
                count++;
            }
        }
        return count;
    }

    /**
     * Matches and decides lines, in order.
     *
     * @param lines the lines; never null
     * @param on the day of the run; never null
     * @return what happened to each line; never null
     */
    public RunReport runLines(List<BankLine> lines, LocalDate on) {
        Objects.requireNonNull(on, "on");
        List<LineOutcome> outcomes = new ArrayList<>(lines.size());
        for (BankLine line : lines) {
            outcomes.add(decide(line, on));
        }
        RunReport report = new RunReport(outcomes);
        if (LOG.isDebugEnabled()) {
            LOG.debug("matching run on {} over {} lines: {}", on, lines.size(), report.counts());
        }
        return report;
    }

    private LineOutcome decide(BankLine line, LocalDate on) {
        Decision existing = log.find(line.id()).orElse(null);
        if (existing != null) {
            return new LineOutcome(line, LineOutcome.Action.ALREADY_DECIDED, null, existing);
        }
        MatchResult result = engine.evaluate(line, session);
        LineKeys keys = LineKeys.of(line);
        if (result instanceof MatchResult.Matched matched) {
            return decideMatched(line, matched, keys, on);
        }
        if (result instanceof MatchResult.Ambiguous ambiguous) {
            Decision queued = new Decision(line.id(), DecisionStatus.QUEUED,
                    ambiguous.contenders(), keys, on, Decision.AUTOMATIC, null);
            log.record(queued);
            return new LineOutcome(line, LineOutcome.Action.QUEUED, result, queued);
        }
        if (result instanceof MatchResult.Unmatched) {
            Decision unmatched = new Decision(line.id(), DecisionStatus.UNMATCHED, List.of(), keys,
                    on, Decision.AUTOMATIC, null);
            log.record(unmatched);
            return new LineOutcome(line, LineOutcome.Action.UNMATCHED, result, unmatched);
        }
        MatchResult.NotApplicable notApplicable = (MatchResult.NotApplicable) result;
        if (notApplicable.reason() == MatchResult.Reason.REVERSAL) {
            return reversals.handle(line, notApplicable, keys, on);
        }
        return new LineOutcome(line, LineOutcome.Action.NOT_APPLICABLE, result, null);
    }

    private LineOutcome decideMatched(BankLine line, MatchResult.Matched matched, LineKeys keys,
            LocalDate on) {
        Proposal proposal = matched.proposal();
        if (!proposal.reviewRequired() && matched.confidenceBp() >= threshold(proposal)) {
            Decision applied = apply(proposal, keys, line.remittance(), on,
                    DecisionStatus.AUTO_APPLIED, Decision.AUTOMATIC);
            return new LineOutcome(line, LineOutcome.Action.AUTO_APPLIED, matched, applied);
        }
        Decision queued = new Decision(line.id(), DecisionStatus.QUEUED, List.of(proposal), keys,
                on, Decision.AUTOMATIC, null);
        log.record(queued);
        return new LineOutcome(line, LineOutcome.Action.QUEUED, matched, queued);
    }

    private int threshold(Proposal proposal) {
        if (!engine.config().hasSegmentThresholds()) {
            return engine.config().thresholdBp(null);
        }
        String segment = proposal.findCustomerId()
                .map(id -> engine.index().customerPosition(id))
                .filter(position -> position >= 0)
                .map(position -> engine.index().customer(position).segment())
                .orElse(null);
        return engine.config().thresholdBp(segment);
    }

    private Decision apply(Proposal proposal, LineKeys keys, String text, LocalDate on,
            DecisionStatus status, String actor) {
        Money total = proposal.lineTotal();
        if (!total.equals(keys.amount())) {
            throw new MatchingException("proposal for line " + proposal.lineId() + " uses "
                    + total + " but the line is " + keys.amount() + "; it does not conserve money");
        }
        Payment payment = payment(proposal, keys, text, on);
        session.consume(proposal);
        try {
            writer.apply(new Application(proposal, payment, on, keys));
        } catch (RuntimeException e) {
            session.release(proposal);
            throw e;
        }
        Decision decision = new Decision(proposal.lineId(), status, List.of(proposal), keys, on,
                actor, null);
        log.record(decision);
        return decision;
    }

    private static Payment payment(Proposal proposal, LineKeys keys, String text, LocalDate on) {
        if (proposal.lineId().length() > 100) {
            throw new MatchingException("line id of " + proposal.lineId().length()
                    + " characters is too long for a payment id (100 at most); shorten line ids");
        }
        String reference = text == null || text.isBlank() ? null
                : text.substring(0, Math.min(MAX_REFERENCE, text.length()));
        PaymentMethod method = proposal.shape() == MatchShape.PAYOUT
                ? PaymentMethod.PAYMENT_PROVIDER : PaymentMethod.BANK_TRANSFER;
        LocalDate received = keys.date() != null ? keys.date() : on;
        return new Payment(PaymentId.of(proposal.lineId()), proposal.customerId(),
                keys.amount(), received, method, reference, proposal.lineId());
    }

    /**
     * Applies a proposal a reviewer confirmed, possibly edited, and learns the payer's account and
     * name for the proposal's customer.
     *
     * @param lineId the line; never null
     * @param proposal the proposal to apply, for this line; never null
     * @param actor the reviewer's user id; never null
     * @param on the day; never null
     * @return the new decision
     * @throws MatchingException if the line was never run, is already applied, the proposal is
     *     for another line, does not add up to the line's amount, or settles more than is open
     */
    public Decision confirm(String lineId, Proposal proposal, String actor, LocalDate on) {
        Decision current = requireDecision(lineId);
        if (current.status().isApplied()) {
            throw new MatchingException("line " + lineId + " is already applied; un-apply it"
                    + " before confirming another proposal");
        }
        if (!proposal.lineId().equals(lineId)) {
            throw new MatchingException("proposal is for line " + proposal.lineId()
                    + ", not for line " + lineId);
        }
        Decision decision = apply(proposal, current.keys(), null, on, DecisionStatus.CONFIRMED,
                Objects.requireNonNull(actor, "actor"));
        proposal.findCustomerId().ifPresent(customer -> learn(current.keys(), customer, lineId,
                on));
        return decision;
    }

    private void learn(LineKeys keys, CustomerId customer,
            String lineId, LocalDate on) {
        if (keys.payerAccount() != null && !keys.payerAccount().isEmpty()) {
            rules.learn(new PayerRule(PayerRule.Kind.ACCOUNT, keys.payerAccount(), customer, on,
                    lineId));
        }
        if (!keys.payerName().isEmpty()) {
            rules.learn(new PayerRule(PayerRule.Kind.NAME, keys.payerName(), customer, on, lineId));
        }
    }

    /**
     * Records that a reviewer rejected a line's proposals; nothing is applied.
     *
     * @param lineId the line; never null
     * @param actor the reviewer's user id; never null
     * @param on the day; never null
     * @return the new decision
     * @throws MatchingException if the line was never run or is applied (un-apply it first)
     */
    public Decision reject(String lineId, String actor, LocalDate on) {
        Decision current = requireDecision(lineId);
        if (current.status().isApplied()) {
            throw new MatchingException("line " + lineId + " is applied; un-apply it to reject it");
        }
        Decision rejected = current.with(DecisionStatus.REJECTED, on,
                Objects.requireNonNull(actor, "actor"), null);
        log.record(rejected);
        return rejected;
    }

    /**
     * Undoes an applied line, reopening what it settled. Matching never applies the line again
     * by itself; a reviewer may confirm a proposal for it later.
     *
     * @param lineId the line; never null
     * @param actor the reviewer's user id; never null
     * @param on the day; never null
     * @return the new decision
     * @throws MatchingException if the line was never run or is not applied
     */
    public Decision unapply(String lineId, String actor, LocalDate on) {
        Decision current = requireDecision(lineId);
        if (!current.status().isApplied()) {
            throw new MatchingException("line " + lineId + " is " + current.status()
                    + ", not applied; nothing to un-apply");
        }
        writer.revert(lineId, on, AllocationWriter.RevertReason.USER_UNAPPLY);
        current.findProposal().ifPresent(session::release);
        Decision unapplied = current.with(DecisionStatus.USER_UNAPPLIED, on,
                Objects.requireNonNull(actor, "actor"), null);
        log.record(unapplied);
        return unapplied;
    }

    private Decision requireDecision(String lineId) {
        return log.find(Objects.requireNonNull(lineId, "lineId")).orElseThrow(() ->
                new MatchingException("line " + lineId + " has no decision; run its statement"
                        + " through matching first"));
    }
}
