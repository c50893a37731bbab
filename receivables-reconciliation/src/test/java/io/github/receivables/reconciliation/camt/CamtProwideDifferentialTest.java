package io.github.receivables.reconciliation.camt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every camt document of the corpus with this reader and with prowide-iso20022 (a JAXB
 * model of every ISO 20022 message) and checks that both see the same entries, amounts, dates and
 * references. Prowide's generated classes differ per version, so they are walked by getter name.
 */
class CamtProwideDifferentialTest {

    @TestFactory
    Stream<DynamicTest> readerAgreesWithProwide() throws IOException {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (Path file : CamtSamples.all()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".zip")) {
                documents.putAll(unzip(file));
            } else {
                documents.put(name, Files.readAllBytes(file));
            }
        }
        return documents.entrySet().stream().map(document -> DynamicTest.dynamicTest(
                document.getKey(), () -> compare(document.getKey(), document.getValue())));
    }

    private static void compare(String name, byte[] xml) {
        List<BankStatement> ours = CamtReader.create().readAll(new ByteArrayInputStream(xml), name);
        List<Object> theirs = prowideStatements(xml);

        assertEquals(theirs.size(), ours.size(), "statements");
        for (int s = 0; s < ours.size(); s++) {
            List<?> entries = list(theirs.get(s), "Ntry");
            List<StatementEntry> ourEntries = ours.get(s).entries();
            assertEquals(entries.size(), ourEntries.size(), "entries of statement " + s);
            for (int e = 0; e < entries.size(); e++) {
                compareEntry(ourEntries.get(e), entries.get(e), "statement " + s + " entry " + e);
            }
        }
    }

    private static void compareEntry(StatementEntry ours, Object theirs, String where) {
        Object amount = get(theirs, "Amt");
        BigDecimal value = (BigDecimal) get(amount, "Value");
        String direction = String.valueOf(get(get(theirs, "CdtDbtInd"), "value"));
        BigDecimal signed = direction.equals("DBIT") ? value.negate() : value;

        assertEquals(signed, ours.amount().value(), where + " amount with its scale");
        assertEquals(get(amount, "Ccy"), ours.amount().currency(), where + " currency");
        assertEquals(Boolean.TRUE.equals(get(theirs, "RvslInd")), ours.reversal(), where + " reversal");
        assertEquals(date(get(theirs, "BookgDt")), ours.bookingDate(), where + " booking date");
        assertEquals(date(get(theirs, "ValDt")), ours.valueDate(), where + " value date");
        assertEquals(text(get(theirs, "AcctSvcrRef")), ours.bankReference(), where + " AcctSvcrRef");
        assertEquals(text(get(theirs, "NtryRef")), ours.entryReference(), where + " NtryRef");
        assertEquals(text(get(theirs, "AddtlNtryInf")), ours.additionalInfo(), where + " AddtlNtryInf");

        List<Object> transactions = new ArrayList<>();
        for (Object details : list(theirs, "NtryDtls")) {
            transactions.addAll(list(details, "TxDtls"));
        }
        if (!transactions.isEmpty()) {
            assertEquals(transactions.size(), ours.details().size(), where + " transactions");
            for (int t = 0; t < transactions.size(); t++) {
                compareTransaction(ours.details().get(t), transactions.get(t), where + " tx " + t);
            }
        }
    }

    private static void compareTransaction(TransactionDetails ours, Object theirs, String where) {
        Object refs = get(theirs, "Refs");
        assertEquals(text(get(refs, "EndToEndId")), ours.endToEndId(), where + " EndToEndId");
        assertEquals(text(get(refs, "TxId")), ours.transactionId(), where + " TxId");
        assertEquals(text(get(refs, "InstrId")), ours.instructionId(), where + " InstrId");
        assertEquals(text(get(refs, "MndtId")), ours.mandateId(), where + " MndtId");
        assertEquals(text(get(refs, "UETR")), ours.uetr(), where + " UETR");
        assertEquals(list(get(theirs, "RmtInf"), "Ustrd").stream().map(CamtProwideDifferentialTest::text)
                .toList(), ours.remittanceText(), where + " Ustrd");

        Object ownAmount = get(theirs, "Amt");
        if (ownAmount != null && get(ownAmount, "Ccy").equals(ours.amount().currency())) {
            assertEquals(0, ((BigDecimal) get(ownAmount, "Value")).abs()
                    .compareTo(ours.amount().value().abs()), where + " amount");
        }
    }

    private static List<Object> prowideStatements(byte[] xml) {
        // Prowide recognizes only the ISO namespace; the Austrian variant has the same content.
        String text = new String(xml, StandardCharsets.UTF_8).replaceAll(
                "ISO:camt\\.053\\.001\\.02:APC:STUZZA:payments:\\d{3}",
                "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02");
        AbstractMX mx = AbstractMX.parse(text);
        assertNotNull(mx, "prowide could not parse the document");
        for (String[] names : new String[][] {{"BkToCstmrStmt", "Stmt"},
                {"BkToCstmrAcctRpt", "Rpt"}, {"BkToCstmrDbtCdtNtfctn", "Ntfctn"}}) {
            Object message = get(mx, names[0]);
            if (message != null) {
                return new ArrayList<>(list(message, names[1]));
            }
        }
        throw new AssertionError("prowide returned no bank-to-customer message: " + mx.getClass());
    }

    private static LocalDate date(Object choice) {
        if (choice == null) {
            return null;
        }
        Object date = get(choice, "Dt");
        if (date != null) {
            return (LocalDate) date;
        }
        Object dateTime = get(choice, "DtTm");
        return dateTime == null ? null : ((OffsetDateTime) dateTime).toLocalDate();
    }

    /** Trims text as this reader does: surrounding whitespace of a value is not kept. */
    private static String text(Object value) {
        return value == null ? null : value.toString().trim();
    }

    private static List<?> list(Object bean, String property) {
        Object value = bean == null ? null : get(bean, property);
        return value == null ? List.of() : (List<?>) value;
    }

    /** Calls the getter for a property (getX, isX or the method itself), or returns null. */
    private static Object get(Object bean, String property) {
        if (bean == null) {
            return null;
        }
        for (String name : new String[] {"get" + property, "is" + property, property}) {
            try {
                Method method = bean.getClass().getMethod(name);
                return method.invoke(bean);
            } catch (NoSuchMethodException e) {
                // try the next naming convention
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("calling " + name + " on " + bean.getClass() + " failed", e);
            }
        }
        return null;
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                documents.put(file.getFileName() + "!/" + entry.getName(), zip.readAllBytes());
            }
        }
        return documents;
    }
}
