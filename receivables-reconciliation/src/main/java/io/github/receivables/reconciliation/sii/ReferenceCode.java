package io.github.receivables.reconciliation.sii;

import java.util.Optional;

/** Effect a DTE declares on the document it references, from the element {@code CodRef}. */
public enum ReferenceCode {
    /** Code 1, anula documento de referencia: annuls the referenced document. */
    ANNULS(1),
    /** Code 2, corrige texto: corrects text such as a name or address, not amounts. */
    CORRECTS_TEXT(2),
    /** Code 3, corrige montos: corrects the amounts of the referenced document. */
    CORRECTS_AMOUNTS(3);

    private final int code;

    ReferenceCode(int code) {
        this.code = code;
    }

    /**
     * Returns the SII code.
     *
     * @return 1, 2 or 3
     */
    public int code() {
        return code;
    }

    /**
     * Finds the reference code of an SII code.
     *
     * @param code the value of CodRef
     * @return the reference code, or empty for a code other than 1, 2 or 3
     */
    public static Optional<ReferenceCode> ofCode(int code) {
        for (ReferenceCode value : values()) {
            if (value.code == code) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
