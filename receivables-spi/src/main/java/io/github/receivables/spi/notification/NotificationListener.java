package io.github.receivables.spi.notification;

/**
 * Receives what channels learn after a send: delivery receipts and debtor replies. A channel
 * adapter calls it from its webhook or polling code; the reminders dispatcher implements it to
 * record both. Implementations must be thread-safe and idempotent: the same receipt or reply
 * may arrive more than once.
 */
public interface NotificationListener {

    /**
     * Records a delivery receipt.
     *
     * @param receipt the receipt; never null
     */
    void onReceipt(DeliveryReceipt receipt);

    /**
     * Records a debtor's reply.
     *
     * @param reply the reply; never null
     */
    void onReply(InboundReply reply);
}
