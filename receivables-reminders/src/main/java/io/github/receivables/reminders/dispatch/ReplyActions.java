package io.github.receivables.reminders.dispatch;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Consent;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.ContactPoint;
import io.github.receivables.core.party.Customer;
import io.github.receivables.spi.notification.InboundReply;
import io.github.receivables.spi.notification.ReplyIntent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns debtor replies into the changes a host applies to its own data: an opt-out becomes
 * {@link Consent#OPTED_OUT} on the customer's contact points of that channel, and a promise to
 * pay becomes a {@link CollectionStatus.Promised} for the items it covers. Pure functions.
 */
public final class ReplyActions {

    private ReplyActions() {}

    /**
     * Returns the customer with every contact point on the reply's channel opted out.
     *
     * @param customer the customer who replied; never null
     * @param reply the reply; never null
     * @return the updated customer, or empty when the reply is not an opt-out or came on a
     *     channel that is not a contact channel
     */
    public static Optional<Customer> optOut(Customer customer, InboundReply reply) {
        Objects.requireNonNull(customer, "customer");
        if (!(reply.intent() instanceof ReplyIntent.OptOut) || !reply.kind().isContact()) {
            return Optional.empty();
        }
        ContactChannel channel = reply.kind().contactChannel().orElseThrow();
        List<ContactPoint> contacts = new ArrayList<>(customer.contacts().size());
        for (ContactPoint contact : customer.contacts()) {
            contacts.add(contact.channel() == channel
                    ? new ContactPoint(channel, contact.address(), Consent.OPTED_OUT) : contact);
        }
        return Optional.of(customer.withContacts(contacts));
    }

    /**
     * Returns the collection status a promise to pay sets.
     *
     * @param reply the reply; never null
     * @param zone the zone whose calendar day is the day the promise was made; never null
     * @param openAmount the amount still open, used when the promise names no amount; never
     *     null
     * @return the promised status, or empty when the reply is not a promise
     * @throws IllegalArgumentException if the promise date is before the day of the reply
     */
    public static Optional<CollectionStatus.Promised> promise(InboundReply reply, ZoneId zone,
            Money openAmount) {
        Objects.requireNonNull(openAmount, "openAmount");
        if (!(reply.intent() instanceof ReplyIntent.PromiseToPay)) {
            return Optional.empty();
        }
        ReplyIntent.PromiseToPay promise = (ReplyIntent.PromiseToPay) reply.intent();
        LocalDate madeOn = LocalDate.ofInstant(reply.receivedAt(), zone);
        Money amount = promise.amount() == null ? openAmount : promise.amount();
        return Optional.of(new CollectionStatus.Promised(madeOn, promise.by(), amount));
    }
}
