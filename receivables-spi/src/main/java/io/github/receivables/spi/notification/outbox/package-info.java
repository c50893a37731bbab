/**
 * The reminder outbox: {@link io.github.receivables.spi.notification.outbox.OutboxStore} keeps
 * each planned notification from before its send until it is done, with compare-and-set updates
 * so several dispatchers can share it; {@link
 * io.github.receivables.spi.notification.outbox.ReplyStore} keeps debtor replies. In-memory
 * implementations are included.
 */
package io.github.receivables.spi.notification.outbox;
