package io.github.receivables.reconciliation.mt940;

/**
 * The text of an :86: field with its line breaks removed, as the German and Dutch layouts read
 * it, and where each line ended, as free text needs it.
 *
 * @param joined the lines of the field joined without a separator, without the tag
 * @param lineEnds the index in {@code joined} after each line but the last, ascending; empty for
 *     a field of one line
 */
record InformationField(String joined, int[] lineEnds) {}
