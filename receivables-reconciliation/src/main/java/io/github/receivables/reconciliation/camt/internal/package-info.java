/**
 * Implementation of the camt readers: the StAX cursor with its limits, the encoding detection
 * and the element parsers. Not API; types here may change in any release.
 */
package io.github.receivables.reconciliation.camt.internal;
