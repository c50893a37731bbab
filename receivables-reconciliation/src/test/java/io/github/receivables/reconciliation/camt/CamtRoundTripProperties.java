package io.github.receivables.reconciliation.camt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.receivables.reconciliation.camt.Camt053Writer.Entry;
import io.github.receivables.reconciliation.camt.Camt053Writer.Message;
import io.github.receivables.reconciliation.camt.Camt053Writer.Statement;
import io.github.receivables.reconciliation.camt.Camt053Writer.Transaction;
import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.BankTransactionCode;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Statements written by {@link Camt053Writer} in any version read back to the same model. */
class CamtRoundTripProperties {

    @Provide
    Arbitrary<Message> messages() {
        return CamtArbitraries.messages();
    }

    @Property(tries = 1000)
    void writtenStatementReadsBackUnchanged(@ForAll("messages") Message message) {
        List<BankStatement> statements = CamtXml.read(Camt053Writer.write(message));

        assertEquals(message.statements().size(), statements.size(), "statements");
        for (int i = 0; i < statements.size(); i++) {
            checkStatement(message.version(), message.statements().get(i), statements.get(i));
        }
    }

    private static void checkStatement(int version, Statement expected, BankStatement actual) {
        assertEquals(StatementFormat.CAMT_053, actual.header().format());
        assertEquals(expected.id(), actual.header().statementId());
        assertEquals(expected.iban(), actual.header().account().iban());
        assertEquals(expected.currency(), actual.header().currency());
        assertEquals(expected.opening(), actual.header().opening().amount().value());
        assertEquals(expected.closing(), actual.trailer().closing().amount().value());
        assertInstanceOf(BalanceCheck.Consistent.class, actual.trailer().balanceCheck());
        assertEquals(List.of(), actual.warnings(), "warnings");
        assertEquals(expected.entries().size(), actual.entries().size(), "entries");
        for (int i = 0; i < expected.entries().size(); i++) {
            checkEntry(version, expected.entries().get(i), actual.entries().get(i));
        }
    }

    private static void checkEntry(int version, Entry expected, StatementEntry actual) {
        List<String> references = expected.references();
        List<String> code = expected.code();
        assertEquals(expected.signed(), actual.amount().value(), "signed amount with its scale");
        assertEquals(expected.direction(), actual.direction());
        assertEquals(expected.reversal(), actual.reversal());
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.booking(), actual.bookingDate());
        assertEquals(expected.value(), actual.valueDate());
        assertEquals(references.get(0), actual.bankReference());
        assertEquals(references.get(1), actual.entryReference());
        assertEquals(references.get(2), actual.additionalInfo());
        BankTransactionCode expectedCode = code.get(0) == null && code.get(3) == null
                ? BankTransactionCode.UNKNOWN
                : new BankTransactionCode(code.get(0), code.get(1), code.get(2), code.get(3), code.get(4));
        assertEquals(expectedCode, actual.transactionCode());
        assertEquals(expected.transactions().size() > 1 ? expected.transactions().size() : 0,
                actual.declaredTransactionCount());
        assertEquals(expected.transactions().size(), actual.details().size(), "transactions");
        for (int i = 0; i < expected.transactions().size(); i++) {
            checkTransaction(version, expected, expected.transactions().get(i), actual.details().get(i));
        }
    }

    private static void checkTransaction(int version, Entry entry, Transaction expected,
            TransactionDetails actual) {
        BigDecimal amount = entry.amount(expected);
        assertEquals(entry.direction() == CreditDebit.DEBIT ? amount.negate() : amount,
                actual.amount().value(), "transaction amount");
        assertEquals(expected.endToEndId(), actual.endToEndId());
        assertEquals(expected.transactionId(), actual.transactionId());
        assertEquals(version >= 8 ? expected.uetr() : null, actual.uetr());
        assertEquals(expected.mandateId(), actual.mandateId());
        assertEquals(expected.party().name(), actual.counterparty().name());
        assertEquals(expected.party().iban(), actual.counterparty().account().iban());
        assertEquals(expected.remittance(), actual.remittanceText());
        CreditorReference reference = expected.reference() == null ? null
                : new CreditorReference(expected.reference().value(), expected.reference().type());
        assertEquals(reference, actual.creditorReference());
    }
}
