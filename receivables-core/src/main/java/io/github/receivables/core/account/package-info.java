/**
 * Customer statements of account: the opening balance of a period, each movement with a running
 * balance, and the closing balance, which equals the net of the customer's aging row on the
 * last day.
 */
package io.github.receivables.core.account;
