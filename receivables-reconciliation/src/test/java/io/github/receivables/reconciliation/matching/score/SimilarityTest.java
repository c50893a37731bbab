package io.github.receivables.reconciliation.matching.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void jaroWinklerTextbookPair() {
        // MARTHA/MARHTA: Jaro 0.9444, Jaro-Winkler 0.9611.
        assertEquals(9611, Similarity.jaroWinklerBp("MARTHA", "MARHTA"), 1);
    }

    @Test
    void jaroWinklerOfDisjointIsZero() {
        assertEquals(0, Similarity.jaroWinklerBp("ABC", "XYZ"));
    }

    @Test
    void editDistanceCountsSwapAsOne() {
        assertEquals(1, Similarity.editDistance("104411", "104141", 2));
        assertEquals(1, Similarity.editDistance("104411", "104412", 2));
        assertEquals(3, Similarity.editDistance("104411", "999999", 2));
    }

    @Test
    void referenceTruncationAndTypo() {
        assertEquals(ReferenceSimilarity.TRUNCATED,
                ReferenceSimilarity.strengthBp("10441", "1044118"));
        assertEquals(ReferenceSimilarity.ONE_TYPO,
                ReferenceSimilarity.strengthBp("104412", "104411"));
        assertEquals(ReferenceSimilarity.CONTAINED,
                ReferenceSimilarity.strengthBp("FACT104411", "104411"));
        assertEquals(0, ReferenceSimilarity.strengthBp("55", "104411"));
    }

    @Test
    void namesNormalizeAccentsCaseAndLegalForms() {
        assertEquals("COMERCIAL PEREZ", PayerNames.normalize("Comercial Pérez y Cía. Ltda."));
        assertEquals("COMERCIAL PEREZ", PayerNames.normalize("PEREZ COMERCIAL SPA"));
    }

    @Test
    void reorderedPersonNamesAreEqual() {
        assertEquals(10_000, PayerNames.similarityBp(PayerNames.normalize("Bernasconi Maria"),
                PayerNames.normalize("Maria Bernasconi")));
    }

    @Test
    void abbreviatedNameIsSimilar() {
        int similarity = PayerNames.similarityBp(
                PayerNames.normalize("COMERCIAL LOS ANDES ROJAS"),
                PayerNames.normalize("Comercial Los Andes Rojas SpA"));
        assertEquals(10_000, similarity);
        assertTrue(PayerNames.similarityBp(PayerNames.normalize("COME LOS ANDES ROJAS"),
                PayerNames.normalize("Comercial Los Andes Rojas SpA")) >= 8_500);
    }
}
