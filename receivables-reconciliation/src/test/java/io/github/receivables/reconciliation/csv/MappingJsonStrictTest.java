package io.github.receivables.reconciliation.csv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict reading of mapping JSON and the wording of its problems. */
class MappingJsonStrictTest {

    /** A valid mapping that leaves the separators, skipRows and trailer at their defaults. */
    private static final String MAPPING = "{\"name\":\"m\",\"dateFormats\":[\"yyyy-MM-dd\"],"
            + "\"currency\":\"EUR\",\"amount\":{\"amount\":\"amount\"},"
            + "\"columns\":{\"bookingDate\":\"date\"}}";

    /** Returns the mapping JSON with extra properties put first, such as {@code "a":1,}. */
    private static String withFirst(String properties) {
        return "{" + properties + MAPPING.substring(MAPPING.indexOf('{') + 1);
    }

    private static InvalidMappingException rejected(String json) {
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.fromJson(json));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("`"), e.getMessage());
        assertFalse(e.getMessage().contains("Feature"), e.getMessage());
        assertFalse(e.getMessage().contains("StreamReadConstraints"), e.getMessage());
        return e;
    }

    private static String problem(String json) {
        return rejected(json).problems().get(0);
    }

    @Test
    void mappingValidFixtureAccepted() {
        ColumnMappings.fromJson(MAPPING);
    }

    @Test
    void trailingTextRejected() {
        String problem = problem(MAPPING + " x");
        assertTrue(problem.startsWith("json:"), problem);
        assertTrue(problem.contains("after the mapping object"), problem);
        assertTrue(problem.contains("line "), problem);
    }

    @Test
    void secondObjectRejected() {
        String problem = problem(MAPPING + MAPPING);
        assertTrue(problem.contains("after the mapping object"), problem);
    }

    @Test
    void trailingTextInStreamRejected() {
        byte[] json = (MAPPING + " {}").getBytes(StandardCharsets.UTF_8);
        InvalidMappingException e = assertThrows(InvalidMappingException.class,
                () -> ColumnMappings.read(new ByteArrayInputStream(json)));
        assertTrue(e.getMessage().contains("after the mapping object"), e.getMessage());
    }

    @Test
    void trailingWhitespaceAccepted() {
        ColumnMappings.fromJson(MAPPING + " \n\t\r\n");
    }

    @Test
    void duplicateTopLevelKeyRejected() {
        String problem = problem(withFirst("\"delimiter\":\";\",\"delimiter\":\",\","));
        assertTrue(problem.startsWith("delimiter:"), problem);
        assertTrue(problem.contains("more than once"), problem);
        assertTrue(problem.contains("line 1"), problem);
    }

    @Test
    void duplicateNestedKeyNamesPath() {
        String problem = problem(withFirst(
                "\"trailer\":{\"rows\":1,\"rows\":2},"));
        assertTrue(problem.startsWith("trailer.rows:"), problem);
    }

    @Test
    void fractionalSkipRowsRejected() {
        String problem = problem(withFirst("\"skipRows\":3.5,"));
        assertTrue(problem.startsWith("skipRows:"), problem);
        assertTrue(problem.contains("3.5"), problem);
        assertTrue(problem.contains("whole number from 0 to 2147483647"), problem);
    }

    @Test
    void hugeExponentSkipRowsNamesValueAndRange() {
        String problem = problem(withFirst("\"skipRows\":1e99,"));
        assertTrue(problem.startsWith("skipRows:"), problem);
        assertTrue(problem.contains("E99") || problem.contains("e99"), problem);
        assertTrue(problem.contains("from 0 to 2147483647"), problem);
    }

    @Test
    void hugeIntegerSkipRowsNamesValueAndRange() {
        String problem = problem(withFirst("\"skipRows\":99999999999999999999,"));
        assertTrue(problem.startsWith("skipRows:"), problem);
        assertTrue(problem.contains("99999999999999999999"), problem);
        assertTrue(problem.contains("from 0 to 2147483647"), problem);
    }

    @Test
    void hugeRowOffsetNamesItsRange() {
        String problem = problem(withFirst("\"metadata\":[{\"field\":\"ACCOUNT\","
                + "\"pattern\":\"Cuenta\",\"rowOffset\":1e10}],"));
        assertTrue(problem.startsWith("metadata[0].rowOffset:"), problem);
        assertTrue(problem.contains("0 or 1"), problem);
    }

    @Test
    void emptyDecimalSeparatorSuggestsDecimalMark() {
        String problem = problem(withFirst("\"decimalSeparator\":\"\","));
        assertTrue(problem.startsWith("decimalSeparator:"), problem);
        assertTrue(problem.contains("',' or '.'"), problem);
        assertFalse(problem.contains("';'"), problem);
    }

    @Test
    void emptyDelimiterSuggestsFieldSeparator() {
        String problem = problem(withFirst("\"delimiter\":\"\","));
        assertTrue(problem.contains("';'"), problem);
    }

    @Test
    void nullDecimalSeparatorSuggestsDecimalMark() {
        String problem = problem(withFirst("\"decimalSeparator\":null,"));
        assertTrue(problem.contains("',' or '.'"), problem);
    }

    @Test
    void longGroupingSeparatorSuggestsGroupingMark() {
        String problem = problem(withFirst("\"groupingSeparator\":\"..\","));
        assertTrue(problem.startsWith("groupingSeparator:"), problem);
        assertTrue(problem.contains("'.'"), problem);
        assertTrue(problem.contains("null"), problem);
    }

    @Test
    void nanRejectedInPlainWords() {
        String problem = problem(withFirst("\"skipRows\":NaN,"));
        assertTrue(problem.contains("NaN"), problem);
        assertTrue(problem.contains("not allowed"), problem);
    }

    @Test
    void infinityRejectedInPlainWords() {
        String problem = problem(withFirst("\"skipRows\":-Infinity,"));
        assertTrue(problem.contains("Infinity"), problem);
        assertTrue(problem.contains("not allowed"), problem);
    }

    @Test
    void blockCommentRejectedInPlainWords() {
        String problem = problem("/* bank export */" + MAPPING);
        assertTrue(problem.contains("comments are not allowed"), problem);
        assertTrue(problem.contains("line 1"), problem);
    }

    @Test
    void hashCommentRejectedInPlainWords() {
        String problem = problem("# bank export\n" + MAPPING);
        assertTrue(problem.contains("comments are not allowed"), problem);
    }

    @Test
    void deepNestingNamesLevelLimit() {
        String problem = problem("[".repeat(5000));
        assertTrue(problem.contains("nested deeper than"), problem);
    }

    @Test
    void singleQuotesRejectedInPlainWords() {
        String problem = problem("{'name':'m'}");
        assertTrue(problem.contains("double quotes"), problem);
    }
}
