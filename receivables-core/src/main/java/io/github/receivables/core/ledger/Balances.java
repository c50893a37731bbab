package io.github.receivables.core.ledger;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.Instalment;
import java.time.LocalDate;
import java.util.List;

/**
 * Balance arithmetic in minor units. Every balance is derived here from documents, payments,
 * allocations, write-offs and payment adjustments; nothing else in the ledger stores one.
 *
 * <p>An allocation or write-off counts on day d when applied on or before d and not reversed on or
 * before d. Amounts committed to a document only grow on the day an allocation or write-off
 * applies, so the largest commitment from a day onward is found by checking that day and each
 * later application day.
 */
final class Balances {

    private Balances() {}

    /** Returns what allocations and write-offs take off a document at the end of a day. */
    static long committed(DocumentEntry entry, LocalDate asOf) {
        long sum = 0;
        for (Allocation allocation : entry.incoming) {
            if (allocation.isEffectiveOn(asOf)) {
                sum += allocation.amount().minorUnits();
            }
        }
        for (WriteOff writeOff : entry.writeOffs) {
            if (writeOff.isEffectiveOn(asOf)) {
                sum += writeOff.amount().minorUnits();
            }
        }
        return sum;
    }

    /**
     * Returns the largest amount committed to a document on any day from {@code from} up to the
     * day before {@code until}; {@code until} null means no end.
     */
    static long maxCommitted(DocumentEntry entry, LocalDate from, LocalDate until) {
        long max = committed(entry, from);
        for (Allocation allocation : entry.incoming) {
            if (within(allocation.appliedOn(), from, until)) {
                max = Math.max(max, committed(entry, allocation.appliedOn()));
            }
        }
        for (WriteOff writeOff : entry.writeOffs) {
            if (within(writeOff.on(), from, until)) {
                max = Math.max(max, committed(entry, writeOff.on()));
            }
        }
        return max;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate until) {
        return day.isAfter(from) && (until == null || day.isBefore(until));
    }

    /** Returns the open balance of a receivable at the end of a day; zero before its issue. */
    static long open(DocumentEntry entry, LocalDate asOf) {
        if (entry.document.issueDate().isAfter(asOf)) {
            return 0;
        }
        return entry.document.total().minorUnits() - committed(entry, asOf);
    }

    /**
     * Returns how much more can be applied to a receivable from a day on, up to the day before
     * {@code until} (null for no end), without its open balance falling below zero on any of
     * those days.
     */
    static long availableToSettle(DocumentEntry entry, LocalDate from, LocalDate until) {
        return entry.document.total().minorUnits() - maxCommitted(entry, from, until);
    }

    /**
     * Returns what allocations and payment adjustments take from a payment or credit note at the
     * end of a day.
     */
    static long used(SourceEntry source, LocalDate asOf) {
        long sum = 0;
        for (Allocation allocation : source.outgoing()) {
            if (allocation.isEffectiveOn(asOf)) {
                sum += allocation.sourceAmount().minorUnits();
            }
        }
        for (PaymentAdjustment adjustment : source.adjustments()) {
            if (adjustment.isEffectiveOn(asOf)) {
                sum += adjustment.amount().minorUnits();
            }
        }
        return sum;
    }

    /** Returns the unapplied amount of a source at the end of a day; zero before it exists. */
    static long unapplied(SourceEntry source, LocalDate asOf) {
        if (source.availableFrom().isAfter(asOf)) {
            return 0;
        }
        return source.sourceTotal().minorUnits() - used(source, asOf);
    }

    /**
     * Returns how much of a source can still be applied or adjusted from a day on, up to the day
     * before {@code until} (null for no end). What is used only grows on the day an allocation
     * or adjustment applies, so those days and {@code from} are the ones to check.
     */
    static long availableToApply(SourceEntry source, LocalDate from, LocalDate until) {
        long max = used(source, from);
        for (Allocation allocation : source.outgoing()) {
            if (within(allocation.appliedOn(), from, until)) {
                max = Math.max(max, used(source, allocation.appliedOn()));
            }
        }
        for (PaymentAdjustment adjustment : source.adjustments()) {
            if (within(adjustment.on(), from, until)) {
                max = Math.max(max, used(source, adjustment.on()));
            }
        }
        return source.sourceTotal().minorUnits() - max;
    }

    /**
     * Returns the open part of one instalment when {@code settled} minor units of the document
     * are settled, instalments oldest first.
     */
    static long instalmentOpen(Document document, int index, long settled) {
        List<Instalment> instalments = document.instalments();
        long before = 0;
        for (int i = 0; i < index; i++) {
            before += instalments.get(i).amount().minorUnits();
        }
        long amount = instalments.get(index).amount().minorUnits();
        long settledHere = Math.min(amount, Math.max(0, settled - before));
        return amount - settledHere;
    }
}
