package io.github.receivables.spi.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.GenericTaxId;
import io.github.receivables.core.party.Rut;
import io.github.receivables.core.party.TaxId;
import io.github.receivables.spi.store.Versioned;
import io.github.receivables.spi.testkit.TestData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceivablesJsonTest {

    private final ObjectMapper mapper = ReceivablesJson.newMapper();
    private final TestData data = new TestData();

    private <T> T roundTrip(T value, Class<T> type) throws Exception {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }

    @Test
    void rootLocaleRoundTrips() throws Exception {
        assertEquals("\"und\"", mapper.writeValueAsString(Locale.ROOT));
        assertEquals(Locale.ROOT, roundTrip(Locale.ROOT, Locale.class));
    }

    @Test
    void moneyIsWrittenAsAmountStringAndCurrency() throws Exception {
        assertEquals("{\"amount\":\"1234.50\",\"currency\":\"USD\"}",
                mapper.writeValueAsString(Money.of("1234.5", "USD")));
        assertEquals("{\"amount\":\"119000\",\"currency\":\"CLP\"}",
                mapper.writeValueAsString(Money.ofMinor(119_000, TestData.CLP)));
    }

    @Test
    void moneyReadsAmountGivenAsNumber() throws Exception {
        Money money = mapper.readValue("{\"amount\":12.3,\"currency\":\"USD\"}", Money.class);

        assertEquals(Money.ofMinor(1230, TestData.USD), money);
    }

    @Test
    void moneyWithExtraDecimalsRejected() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"amount\":\"10.5\",\"currency\":\"CLP\"}", Money.class));

        assertTrue(e.getMessage().contains("10.5"), e.getMessage());
        assertTrue(e.getMessage().contains("CLP"), e.getMessage());
    }

    @Test
    void moneyWithUnknownCurrencyIsRejected() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"amount\":\"1\",\"currency\":\"XYZ\"}", Money.class));

        assertTrue(e.getMessage().contains("XYZ"), e.getMessage());
    }

    @Test
    void moneyWithUnknownFieldIsRejected() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue(
                "{\"amount\":\"1\",\"currency\":\"USD\",\"scale\":2}", Money.class));
    }

    @Test
    void moneyWithMalformedAmountIsRejected() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"amount\":\"1,5\",\"currency\":\"USD\"}", Money.class));

        assertTrue(e.getMessage().contains("1,5"), e.getMessage());
    }

    @Test
    void idsAreWrittenAsStrings() throws Exception {
        assertEquals("\"C-1\"", mapper.writeValueAsString(CustomerId.of("C-1")));
        assertEquals(DocumentId.of("76086428-5/33/1234"),
                mapper.readValue("\"76086428-5/33/1234\"", DocumentId.class));
    }

    @Test
    void blankIdIsRejectedWithItsRule() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("\" \"", CustomerId.class));

        assertTrue(e.getMessage().contains("1 to 64 characters"), e.getMessage());
    }

    @Test
    void idsWorkAsMapKeys() throws Exception {
        Map<CustomerId, Integer> counts = Map.of(CustomerId.of("C1"), 3);

        String json = mapper.writeValueAsString(counts);
        Map<CustomerId, Integer> read = mapper.readValue(json,
                new TypeReference<Map<CustomerId, Integer>>() { });

        assertEquals("{\"C1\":3}", json);
        assertEquals(counts, read);
    }

    @Test
    void rutIsWrittenCompactAndValidatedOnRead() throws Exception {
        assertEquals("{\"country\":\"CL\",\"id\":\"760864285\"}",
                mapper.writeValueAsString(Rut.parse("76.086.428-5")));
        assertEquals(Rut.parse("76.086.428-5"), mapper.readValue(
                "{\"country\":\"CL\",\"id\":\"76.086.428-5\"}", TaxId.class));

        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"country\":\"CL\",\"id\":\"760864284\"}", TaxId.class));
        assertTrue(e.getMessage().contains("check digit"), e.getMessage());
    }

    @Test
    void taxIdOfCountryWithoutSchemeIsGeneric() throws Exception {
        TaxId read = mapper.readValue("{\"country\":\"DE\",\"id\":\"DE 123.456\"}", TaxId.class);

        assertEquals(new GenericTaxId("DE", "DE123456"), read);
    }

    @Test
    void customerSurvivesRoundTrip() throws Exception {
        Customer customer = data.customer("C1");

        JsonNode tree = mapper.valueToTree(customer);

        assertEquals("es-CL", tree.get("locale").asText());
        assertEquals("America/Santiago", tree.get("zone").asText());
        assertTrue(tree.get("contacts").get(0).get("usable") == null, "derived field written");
        assertEquals(customer, roundTrip(customer, Customer.class));
    }

    @Test
    void documentSurvivesRoundTripInEveryStatus() throws Exception {
        List<CollectionStatus> statuses = List.of(CollectionStatus.ACTIVE,
                new CollectionStatus.OnHold(TestData.TODAY, null),
                new CollectionStatus.Promised(TestData.TODAY, TestData.TODAY.plusDays(3),
                        Money.ofMinor(1, TestData.CLP)),
                new CollectionStatus.AssignedToFactor("Factor", TestData.TODAY, null),
                new CollectionStatus.WrittenOff(TestData.TODAY));
        for (CollectionStatus status : statuses) {
            Document document = data.document("D1", "C1").withStatus(status);

            assertEquals(document, roundTrip(document, Document.class), status.toString());
        }
    }

    @Test
    void collectionStatusNamesItsType() throws Exception {
        JsonNode tree = mapper.valueToTree(data.document("D1", "C1"));

        assertEquals("disputed", tree.get("status").get("type").asText());
        assertEquals("2024-02-28", tree.get("status").get("since").asText());
        assertEquals("{\"type\":\"active\"}", mapper.writeValueAsString(CollectionStatus.ACTIVE));
    }

    @Test
    void versionedDocumentSurvivesRoundTrip() throws Exception {
        Versioned<Document> row = new Versioned<>(data.document("D1", "C1"), 7);

        String json = mapper.writeValueAsString(row);
        Versioned<Document> read = mapper.readValue(json,
                new TypeReference<Versioned<Document>>() { });

        assertEquals(row, read);
    }

    @Test
    void allocationsOfBothSourcesSurviveRoundTrip() throws Exception {
        Allocation fromPayment = data.allocation("A1", "P1", "D1").reverse(TestData.TODAY);
        Allocation fromNote = Allocation.of(AllocationId.of("A2"),
                AllocationSource.creditNote(DocumentId.of("N1")), DocumentId.of("D1"),
                Money.ofMinor(5, TestData.CLP), TestData.TODAY);

        assertEquals(fromPayment, roundTrip(fromPayment, Allocation.class));
        assertEquals(fromNote, roundTrip(fromNote, Allocation.class));
        assertEquals("creditNote",
                mapper.valueToTree(fromNote).get("source").get("type").asText());
    }

    @Test
    void openItemSurvivesRoundTrip() throws Exception {
        OpenItem item = new OpenItem(DocumentId.of("D1"), 1, CustomerId.of("C1"),
                DocumentKind.INVOICE, "1234",
                TestData.TODAY.minusDays(30), TestData.TODAY, Money.ofMinor(100, TestData.CLP),
                Money.ofMinor(40, TestData.CLP), CollectionStatus.ACTIVE);

        assertEquals(item, roundTrip(item, OpenItem.class));
    }

    @Test
    void paymentSurvivesRoundTrip() throws Exception {
        assertEquals(data.payment("P1", null, "camt:E1"),
                roundTrip(data.payment("P1", null, "camt:E1"), Payment.class));
    }
}
