package io.github.receivables.spi.payment;

/**
 * A payment provider that can take a debtor's payment online. The host implements it over the
 * provider's API; the reminders module puts its links in messages and turns its confirmed
 * notifications into payments.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #createLink} is idempotent on the request's key while the link is valid.
 *   <li>{@link #confirm} never trusts the notification it is given: it reads the payment back
 *       from the provider (or verifies the provider's signature) and returns what the provider
 *       holds.
 *   <li>Thread safety: implementations accept concurrent calls.
 *   <li>Failures: an unreachable provider throws a {@link
 *       io.github.receivables.core.ReceivablesException}; nothing is half done.
 * </ul>
 */
public interface PaymentLinkProvider {

    /**
     * Returns the id under which the host registered this provider.
     *
     * @return the id, such as {@code webpay}; never blank
     */
    String id();

    /**
     * Returns how this provider lets a debtor pay.
     *
     * @return the style; never null
     */
    LinkStyle style();

    /**
     * Creates a way to pay. For {@link LinkStyle#ONE_OFF_TOKEN} providers it is called when the
     * debtor opens the host's page, not when a message is written.
     *
     * @param request the amount, reference and debtor; never null
     * @return a shareable link or a one-off token; never null
     */
    PaymentLink createLink(PaymentLinkRequest request);

    /**
     * Reads a notified payment back from the provider.
     *
     * @param notification the notification as received; never null
     * @return the payment as the provider has it, with the same event id; never null
     */
    PaymentNotification confirm(PaymentNotification notification);
}
