package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.party.Rut;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A {@code Referencia} row of a DTE: a link to another tax document, a purchase order or any
 * other paper the SII lets a DTE quote.
 *
 * @param documentType the referenced type (TpoDocRef), such as {@code 33}, {@code 801} for a
 *     purchase order or {@code HES}; never blank
 * @param global true when IndGlobal is 1, so the row refers to many documents of that type at
 *     once and {@code folio} may be zero
 * @param folio the referenced number as written (FolioRef), letters allowed; never null
 * @param otherIssuerRut the issuer of the referenced document when not this DTE's issuer
 *     (RUTOtr), or null
 * @param date the referenced document's date (FchRef), or null
 * @param code what this DTE does to the referenced document (CodRef), or null
 * @param reason the reason in words (RazonRef), or null
 */
public record DteReference(String documentType, boolean global, String folio,
        Rut otherIssuerRut, LocalDate date, ReferenceCode code, String reason) {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern FOLIO_DIGITS = Pattern.compile("\\d{1,18}");

    /**
     * Validates the components.
     *
     * @throws NullPointerException if documentType or folio is null
     * @throws IllegalArgumentException if documentType is blank
     */
    public DteReference {
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(folio, "folio");
        if (documentType.isBlank()) {
            throw new IllegalArgumentException("referenced document type must not be blank");
        }
    }

    /**
     * Returns the referenced type as a number.
     *
     * @return the code, such as 33, or empty when TpoDocRef is not a number (such as HES)
     */
    public OptionalInt findTypeCode() {
        return DIGITS.matcher(documentType).matches()
                ? OptionalInt.of(Integer.parseInt(documentType))
                : OptionalInt.empty();
    }

    /**
     * Returns the referenced folio as a number.
     *
     * @return the folio, or empty when FolioRef is not a positive whole number
     */
    public OptionalLong findFolioNumber() {
        if (!FOLIO_DIGITS.matcher(folio).matches()) {
            return OptionalLong.empty();
        }
        long number = Long.parseLong(folio);
        return number > 0 ? OptionalLong.of(number) : OptionalLong.empty();
    }

    /**
     * Returns the reference code.
     *
     * @return the code, or empty when CodRef is absent
     */
    public Optional<ReferenceCode> findCode() {
        return Optional.ofNullable(code);
    }
}
