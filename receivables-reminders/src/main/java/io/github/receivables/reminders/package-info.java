/** Receivables SDK, reminders module. */
package io.github.receivables.reminders;
