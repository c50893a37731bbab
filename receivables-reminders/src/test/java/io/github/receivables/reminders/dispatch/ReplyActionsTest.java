package io.github.receivables.reminders.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Consent;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.reminders.Fixtures;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.InboundReply;
import io.github.receivables.spi.notification.ReplyIntent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReplyActionsTest {

    private final Customer customer = Fixtures.consumer("C1");

    private InboundReply reply(ChannelKind kind, ReplyIntent intent) {
        return new InboundReply("r1", customer.id(), kind,
                Fixtures.at(LocalDate.of(2025, 6, 16), 23), null, intent);
    }

    @Test
    void optOutChangesOnlyThatChannel() {
        Customer updated = ReplyActions.optOut(customer,
                reply(ChannelKind.SMS, new ReplyIntent.OptOut())).orElseThrow();

        assertTrue(updated.usableContacts(ContactChannel.SMS).isEmpty());
        assertEquals(Consent.NOT_RECORDED,
                updated.usableContacts(ContactChannel.EMAIL).get(0).consent());
    }

    @Test
    void promiseWithoutAmountCoversOpenBalance() {
        CollectionStatus.Promised promised = ReplyActions.promise(
                reply(ChannelKind.WHATSAPP, new ReplyIntent.PromiseToPay(
                        LocalDate.of(2025, 6, 30), null)),
                Fixtures.SANTIAGO, Money.of("15000", "CLP")).orElseThrow();

        assertEquals(LocalDate.of(2025, 6, 16), promised.madeOn());
        assertEquals(LocalDate.of(2025, 6, 30), promised.dueBy());
        assertEquals(Money.of("15000", "CLP"), promised.amount());
    }

    @Test
    void otherReplyChangesNothing() {
        InboundReply other = reply(ChannelKind.EMAIL, new ReplyIntent.Other("¿Cuánto debo?"));

        assertTrue(ReplyActions.optOut(customer, other).isEmpty());
        assertTrue(ReplyActions.promise(other, Fixtures.SANTIAGO, Money.of("1", "CLP")).isEmpty());
    }
}
