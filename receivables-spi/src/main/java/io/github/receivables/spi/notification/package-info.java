/**
 * Notification channels a host implements: {@link
 * io.github.receivables.spi.notification.NotificationChannel} sends one request carrying an
 * idempotency key and returns a sealed {@link io.github.receivables.spi.notification.SendResult};
 * receipts and replies come back through {@link
 * io.github.receivables.spi.notification.NotificationListener}. {@link
 * io.github.receivables.spi.notification.InMemoryNotificationChannel} is the reference
 * implementation for tests and examples.
 */
package io.github.receivables.spi.notification;
