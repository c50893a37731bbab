package io.github.receivables.reconciliation.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static ColumnMapping.Builder minimal() {
        return ColumnMapping.builder().name("m").addDateFormat("yyyy-MM-dd").currency("EUR")
                .amount(AmountColumns.signed(Column.named("amount")))
                .columns(EntryColumns.builder().bookingDate(Column.named("date")).build());
    }

    private static List<String> problems(ColumnMapping.Builder builder) {
        return assertThrows(InvalidMappingException.class, builder::build).problems();
    }

    private static boolean mentions(List<String> problems, String field) {
        return problems.stream().anyMatch(p -> p.startsWith(field + ":"));
    }

    @Test
    void builderDefaults() {
        ColumnMapping mapping = minimal().build();
        assertEquals(',', mapping.delimiter());
        assertEquals('"', mapping.quote());
        assertEquals("UTF-8", mapping.encoding());
        assertTrue(mapping.header());
        assertEquals(RowOrder.OLDEST_FIRST, mapping.rowOrder());
        assertEquals(SheetSelection.FIRST, mapping.sheet());
    }

    @Test
    void everyPresetSurvivesJsonRoundTrip() {
        for (String name : MappingPresets.names()) {
            ColumnMapping preset = MappingPresets.load(name);
            ColumnMapping again = ColumnMappings.fromJson(ColumnMappings.toJson(preset));
            assertEquals(preset, again, name);
        }
    }

    @Test
    void presetNamesMatchTheirFiles() {
        for (String name : MappingPresets.names()) {
            assertEquals(name, MappingPresets.load(name).name());
        }
    }

    @Test
    void unknownPresetListsNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MappingPresets.load("nope"));
        assertTrue(e.getMessage().contains("paypal_es"), e.getMessage());
    }

    @Test
    void streamRoundTripKeepsNoQuote() {
        ColumnMapping mapping = minimal().quote(null).delimiter('\t').build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ColumnMappings.write(mapping, out);
        ColumnMapping read = ColumnMappings.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(mapping, read);
        assertEquals(null, read.quote());
    }

    @Test
    void jsonColumnByIndex() {
        ColumnMapping mapping = ColumnMappings.fromJson("{\"name\":\"idx\",\"header\":false,"
                + "\"dateFormats\":[\"yyyy-MM-dd\"],\"currency\":\"CLP\","
                + "\"amount\":{\"amount\":1},\"columns\":{\"bookingDate\":0}}");
        assertEquals(Column.at(1), mapping.amount().amount());
        assertEquals(Column.at(0), mapping.columns().bookingDate());
    }

    @Test
    void jsonUnknownPropertyNamed() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("{\"name\":\"x\",\"delimter\":\";\"}"));
        assertTrue(e.getMessage().contains("delimter"), e.getMessage());
    }

    @Test
    void jsonWrongTypeNamesField() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("{\"name\":\"x\",\"columns\":{\"bookingDate\":true}}"));
        assertTrue(e.problems().get(0).startsWith("columns.bookingDate"), e.getMessage());
    }

    @Test
    void jsonSyntaxErrorReported() {
        assertThrows(InvalidMappingException.class, () -> ColumnMappings.fromJson("{\"name\":"));
    }

    @Test
    void jsonNullDocumentRejected() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("null"));
        assertTrue(e.problems().get(0).startsWith("json:"), e.getMessage());
    }

    @Test
    void jsonEmptyStreamRejected() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.read(new ByteArrayInputStream(new byte[0])));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void jsonEmptyDelimiterRejected() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("{\"name\":\"x\",\"delimiter\":\"\"}"));
        assertTrue(e.problems().get(0).startsWith("delimiter:"), e.getMessage());
        assertTrue(e.getMessage().contains("one character"), e.getMessage());
    }

    @Test
    void jsonTwoCharacterSeparatorRejected() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("{\"name\":\"x\",\"decimalSeparator\":\",,\"}"));
        assertTrue(e.problems().get(0).startsWith("decimalSeparator:"), e.getMessage());
        assertTrue(e.getMessage().contains("',,'"), e.getMessage());
    }

    @Test
    void jsonEmptyQuoteRejected() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("{\"name\":\"x\",\"quote\":\"\"}"));
        assertTrue(e.problems().get(0).startsWith("quote:"), e.getMessage());
        assertTrue(e.getMessage().contains("null"), e.getMessage());
    }

    @Test
    void builderNulDelimiterRejected() {
        assertTrue(mentions(problems(minimal().delimiter('\0')), "delimiter"));
    }

    @Test
    void jsonSyntaxErrorGivesLineAndColumn() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("{\n\"name\": \"x\",\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertNoInternals(e);
    }

    @Test
    void jsonUnknownPropertyListsKnownOnes() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("{\"name\":\"x\",\"amount\":{\"bogus\":1}}"));
        assertTrue(e.problems().get(0).startsWith("amount.bogus:"), e.getMessage());
        assertTrue(e.getMessage().contains("debit"), e.getMessage());
        assertNoInternals(e);
    }

    @Test
    void jsonArrayDocumentNamesExpectedObject() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("[]"));
        assertTrue(e.getMessage().contains("object"), e.getMessage());
        assertNoInternals(e);
    }

    @Test
    void jsonWrongTypeSaysExpectedType() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("{\"name\":\"x\",\"skipRows\":\"two\"}"));
        assertTrue(e.problems().get(0).startsWith("skipRows:"), e.getMessage());
        assertTrue(e.getMessage().contains("'two'"), e.getMessage());
        assertNoInternals(e);
    }

    @Test
    void jsonUnknownEnumValueListsValues() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("{\"name\":\"x\",\"rowOrder\":\"SIDEWAYS\"}"));
        assertTrue(e.problems().get(0).startsWith("rowOrder:"), e.getMessage());
        assertTrue(e.getMessage().contains("NEWEST_FIRST"), e.getMessage());
        assertNoInternals(e);
    }

    private static void assertNoInternals(InvalidMappingException e) {
        String message = e.getMessage();
        assertFalse(message.contains("REDACTED"), message);
        assertFalse(message.contains("$"), message);
        assertFalse(message.contains("JsonToken"), message);
        assertFalse(message.contains("io.github"), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void jsonValidationProblemsNameFields() {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson("{\"name\":\"x\",\"dateFormats\":[\"qq\"]}"));
        assertTrue(mentions(e.problems(), "amount"), e.getMessage());
        assertTrue(mentions(e.problems(), "columns.bookingDate"), e.getMessage());
        assertTrue(mentions(e.problems(), "currency"), e.getMessage());
        assertTrue(mentions(e.problems(), "dateFormats[0]"), e.getMessage());
    }

    @Test
    void amountAndDebitTogetherRejected() {
        List<String> problems = problems(minimal().amount(new AmountColumns(Column.named("a"),
                Column.named("d"), Column.named("c"), null, null, null, null)));
        assertTrue(mentions(problems, "amount"), problems.toString());
    }

    @Test
    void debitWithoutCreditRejected() {
        List<String> problems = problems(minimal().amount(new AmountColumns(null,
                Column.named("d"), null, null, null, null, null)));
        assertTrue(mentions(problems, "amount.credit"), problems.toString());
    }

    @Test
    void indicatorNeedsBothValueLists() {
        List<String> problems = problems(minimal().amount(AmountColumns.indicated(
                Column.named("a"), Column.named("s"), List.of("H"), List.of())));
        assertTrue(mentions(problems, "amount.debitValues"), problems.toString());
    }

    @Test
    void indicatorValueInBothListsRejected() {
        List<String> problems = problems(minimal().amount(AmountColumns.indicated(
                Column.named("a"), Column.named("s"), List.of("X"), List.of("x"))));
        assertTrue(mentions(problems, "amount.debitValues"), problems.toString());
    }

    @Test
    void twoCurrencySourcesRejected() {
        List<String> problems = problems(minimal().columns(EntryColumns.builder()
                .bookingDate(Column.named("date")).currency(Column.named("cur")).build()));
        assertTrue(mentions(problems, "currency"), problems.toString());
    }

    @Test
    void unknownCurrencyCodeRejected() {
        assertTrue(mentions(problems(minimal().currency("EURO")), "currency"));
    }

    @Test
    void sameSeparatorsRejected() {
        List<String> problems = problems(minimal().decimalSeparator(',').groupingSeparator(','));
        assertTrue(mentions(problems, "groupingSeparator"), problems.toString());
    }

    @Test
    void patternWithoutFullDateRejected() {
        assertTrue(mentions(problems(minimal().dateFormats(List.of("MM/yyyy"))), "dateFormats[0]"));
    }

    @Test
    void namedColumnsWithoutHeaderRejected() {
        List<String> problems = problems(minimal().header(false));
        assertTrue(mentions(problems, "columns.bookingDate"), problems.toString());
        assertTrue(mentions(problems, "amount.amount"), problems.toString());
    }

    @Test
    void metadataRuleNeedsValueSource() {
        List<String> problems = problems(minimal().addMetadata(
                new MetadataRule(MetadataField.CLOSING_BALANCE, "^Saldo$", null, 0)));
        assertTrue(mentions(problems, "metadata[0]"), problems.toString());
    }

    @Test
    void metadataBadRegexNamed() {
        List<String> problems = problems(minimal().addMetadata(
                MetadataRule.captured(MetadataField.ACCOUNT, "(?<value>[")));
        assertTrue(mentions(problems, "metadata[0].pattern"), problems.toString());
    }

    @Test
    void statusColumnNeedsValues() {
        List<String> problems = problems(minimal().columns(EntryColumns.builder()
                .bookingDate(Column.named("date")).status(Column.named("s")).build()));
        assertTrue(mentions(problems, "statusValues"), problems.toString());
    }

    @Test
    void badNameRejected() {
        assertTrue(mentions(problems(minimal().name("has space")), "name"));
    }

    @Test
    void toBuilderKeepsEverything() {
        ColumnMapping preset = MappingPresets.load("fr_bank_metadata_header");
        assertEquals(preset, preset.toBuilder().build());
    }

    @Test
    void jsonIsUtf8Text() {
        String json = ColumnMappings.toJson(MappingPresets.load("paypal_es"));
        assertTrue(json.contains("\"Comisión\""), json);
        assertEquals(MappingPresets.load("paypal_es"), ColumnMappings.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
}
