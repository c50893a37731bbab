package io.github.receivables.reconciliation.statement;

/**
 * Something a reader accepted but that departs from the standard, such as a customer reference
 * longer than MT940 allows.
 *
 * @param position where it was found; never null
 * @param message what was unusual and what the reader did about it; never null
 */
public record ReaderWarning(SourcePosition position, String message) {}
