/**
 * The reminder outbox: {@link io.github.receivables.spi.notification.outbox.OutboxStore} keeps
 * each planned notification from before its send until it is done, with compare-and-set updates
 * so several dispatchers can share it. An in-memory implementation is included. Debtor replies
 * are kept by {@link io.github.receivables.spi.store.ReplyStore}.
 */
package io.github.receivables.spi.notification.outbox;
