/**
 * Support code shared by the statement readers that unpack ZIP archives. Not part of the public
 * API: it may change between releases.
 */
package io.github.receivables.reconciliation.archive;
