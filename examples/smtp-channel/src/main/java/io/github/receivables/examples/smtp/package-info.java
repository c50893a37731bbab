/**
 * The email {@link io.github.receivables.spi.notification.NotificationChannel} over SMTP with
 * Jakarta Mail and Eclipse Angus. {@link io.github.receivables.examples.smtp.SmtpEmailChannel}
 * sends each notification as a MIME message whose Message-ID derives from the idempotency key,
 * maps SMTP replies and connection failures to the sealed {@link
 * io.github.receivables.spi.notification.SendResult}, and remembers sent keys in a {@link
 * io.github.receivables.examples.smtp.SentMessageStore} so a repeated key sends nothing.
 */
package io.github.receivables.examples.smtp;
