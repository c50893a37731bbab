/**
 * Support shared by the line-based statement readers (MT940, BAI2, OFX): byte counting against
 * {@link io.github.receivables.reconciliation.statement.ReaderLimits}, line splitting with
 * per-line character set decoding, and the bookkeeping every reader does per statement.
 *
 * <p>{@link io.github.receivables.reconciliation.text.TextEncoding} is part of the API because
 * reader options take it. The other types are public only so that the reader packages can share
 * them; they are not part of the supported API and may change in any release.
 */
package io.github.receivables.reconciliation.text;
