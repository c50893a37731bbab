package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.document.DocumentReference;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.document.SiiDocumentType;
import io.github.receivables.core.party.Rut;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns the references of SII documents into core {@link DocumentReference}s and decides their
 * {@link ReferenceEffect}.
 *
 * <p>Rules for a DTE reference, by the referencing document's type and the reference code:
 * <ul>
 *   <li>code 2 (corrige texto) on any document: {@link ReferenceEffect#CORRECTS_TEXT};
 *   <li>credit note (61, 112) with code 1 (anula): {@link ReferenceEffect#CANCELS} the target;
 *   <li>credit note with code 3 (corrige montos): {@link ReferenceEffect#REDUCES_AMOUNT}, by the
 *       credit note's own total;
 *   <li>debit note (56, 111) with code 1 on a credit note (61, 112):
 *       {@link ReferenceEffect#ANNULS_CREDIT};
 *   <li>everything else, including a debit note that raises an invoice (its own total is the
 *       extra amount owed) and rows without a code: {@link ReferenceEffect#INFORMATIONAL}.
 * </ul>
 *
 * <p>Only references to SII tax documents become {@link DocumentReference}s: rows whose TpoDocRef
 * is not a code of {@link SiiDocumentType} (purchase orders 801, HES, SET), global rows
 * (IndGlobal 1) and rows without a positive numeric folio stay in {@link DteReference} only. The
 * target id is built like every SII document id, from RUTOtr when the row has one, else from the
 * referencing document's issuer.
 *
 * <p>The sales register has no reference code, so a credit note there always gets
 * {@link ReferenceEffect#REDUCES_AMOUNT}: a credit note that cancels an invoice has the invoice's
 * total, so the amount taken off is the same. Other register references are informational.
 */
public final class SiiReferenceRules {

    private static final Set<Integer> CREDIT_NOTES = Set.of(61, 112);
    private static final Set<Integer> DEBIT_NOTES = Set.of(56, 111);

    private SiiReferenceRules() {}

    /**
     * Decides the effect of a DTE reference.
     *
     * @param typeCode the referencing document's SII type, such as 61
     * @param referencedTypeCode the referenced document's SII type, such as 33
     * @param code the reference code, or null when the row has none
     * @return the effect; never null
     */
    public static ReferenceEffect effectOf(int typeCode, int referencedTypeCode,
            ReferenceCode code) {
        if (code == ReferenceCode.CORRECTS_TEXT) {
            return ReferenceEffect.CORRECTS_TEXT;
        }
        if (CREDIT_NOTES.contains(typeCode)) {
            if (code == ReferenceCode.ANNULS) {
                return ReferenceEffect.CANCELS;
            }
            if (code == ReferenceCode.CORRECTS_AMOUNTS) {
                return ReferenceEffect.REDUCES_AMOUNT;
            }
        }
        if (DEBIT_NOTES.contains(typeCode) && code == ReferenceCode.ANNULS
                && CREDIT_NOTES.contains(referencedTypeCode)) {
            return ReferenceEffect.ANNULS_CREDIT;
        }
        return ReferenceEffect.INFORMATIONAL;
    }

    /**
     * Builds the core reference of a DTE reference row.
     *
     * @param document the referencing DTE
     * @param reference one of its references
     * @return the reference, or empty when the row does not point at one SII tax document
     * @throws NullPointerException if an argument is null
     */
    public static Optional<DocumentReference> fromDte(DteDocument document,
            DteReference reference) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(reference, "reference");
        OptionalInt type = reference.findTypeCode();
        OptionalLong folio = reference.findFolioNumber();
        if (reference.global() || type.isEmpty() || folio.isEmpty()
                || !isSiiDocumentType(type.getAsInt())) {
            return Optional.empty();
        }
        Rut issuer = reference.otherIssuerRut() != null
                ? reference.otherIssuerRut() : document.issuerRut();
        ReferenceEffect effect = effectOf(document.typeCode(), type.getAsInt(), reference.code());
        return Optional.of(new DocumentReference(
                SiiDocumentIds.documentId(issuer, type.getAsInt(), folio.getAsLong()), effect));
    }

    /**
     * Builds the core reference of a sales register row.
     *
     * @param document the register row
     * @return the reference, or empty when the row has none or it names no SII tax document
     * @throws NullPointerException if document is null
     */
    public static Optional<DocumentReference> fromRcv(RcvDocument document) {
        RcvReference reference = Objects.requireNonNull(document, "document").reference();
        if (reference == null || !isSiiDocumentType(reference.typeCode())) {
            return Optional.empty();
        }
        ReferenceEffect effect = CREDIT_NOTES.contains(document.typeCode())
                ? ReferenceEffect.REDUCES_AMOUNT : ReferenceEffect.INFORMATIONAL;
        return Optional.of(new DocumentReference(SiiDocumentIds.documentId(document.issuerRut(),
                reference.typeCode(), reference.folio()), effect));
    }

    private static boolean isSiiDocumentType(int code) {
        return Arrays.stream(SiiDocumentType.values()).anyMatch(type -> type.code() == code);
    }
}
