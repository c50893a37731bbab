package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.party.Rut;
import java.time.LocalDate;

/** Turns a raw {@code Referencia} row into a {@link DteReference}. */
final class DteReferences {

    private DteReferences() {}

    static DteReference read(RawRow row) {
        Raw type = row.require("TpoDocRef", "the referenced document type, such as 33");
        boolean global = "1".equals(row.text("IndGlobal"));
        String folio = row.text("FolioRef");
        if (folio == null) {
            if (!global) {
                row.require("FolioRef", "the referenced folio");
            }
            folio = "0";
        }
        return new DteReference(type.text(), global, folio, otherIssuer(row), date(row),
                code(row), row.text("RazonRef"));
    }

    private static Rut otherIssuer(RawRow row) {
        Raw raw = row.get("RUTOtr");
        return raw == null ? null : SiiValues.parseRut(raw.text(), raw.position(), "RUTOtr");
    }

    private static LocalDate date(RawRow row) {
        Raw raw = row.get("FchRef");
        return raw == null ? null : SiiValues.parseIsoDate(raw.text(), raw.position(), "FchRef");
    }

    private static ReferenceCode code(RawRow row) {
        Raw raw = row.get("CodRef");
        if (raw == null) {
            return null;
        }
        int code = SiiValues.parseInt(raw.text(), raw.position(), "CodRef");
        return ReferenceCode.ofCode(code).orElseThrow(() -> raw.invalid("CodRef",
                "1 (anula), 2 (corrige texto) or 3 (corrige montos)"));
    }
}
