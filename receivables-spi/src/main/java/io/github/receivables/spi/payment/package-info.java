/**
 * Payment links a host implements: {@link io.github.receivables.spi.payment.PaymentLinkProvider}
 * creates a shareable link or a one-off token for an amount and reference, and reads notified
 * payments back from the provider. {@link
 * io.github.receivables.spi.payment.InMemoryPaymentLinkProvider} simulates one.
 */
package io.github.receivables.spi.payment;
