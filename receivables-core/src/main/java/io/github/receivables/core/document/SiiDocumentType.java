package io.github.receivables.core.document;

import io.github.receivables.core.ReceivablesException;
import java.util.Optional;

/**
 * Chilean tax document types of the SII (Servicio de Impuestos Internos) and what each is for
 * receivables. Only sales documents are receivables: a purchase invoice (46) is issued by the
 * buyer and is a payable, and a dispatch guide (52) moves goods but asks for no payment.
 */
public enum SiiDocumentType {
    /** 33, factura electrónica (VAT invoice). */
    FACTURA_ELECTRONICA(33, DocumentKind.INVOICE),
    /** 34, factura no afecta o exenta electrónica (VAT-exempt invoice). */
    FACTURA_EXENTA_ELECTRONICA(34, DocumentKind.INVOICE),
    /** 39, boleta electrónica (consumer receipt). */
    BOLETA_ELECTRONICA(39, DocumentKind.INVOICE),
    /** 41, boleta exenta electrónica (VAT-exempt consumer receipt). */
    BOLETA_EXENTA_ELECTRONICA(41, DocumentKind.INVOICE),
    /** 46, factura de compra electrónica: issued by the buyer, so a payable, not a receivable. */
    FACTURA_COMPRA_ELECTRONICA(46, null),
    /** 52, guía de despacho electrónica: a dispatch guide with no amount to collect. */
    GUIA_DESPACHO_ELECTRONICA(52, null),
    /** 56, nota de débito electrónica. */
    NOTA_DEBITO_ELECTRONICA(56, DocumentKind.DEBIT_NOTE),
    /** 61, nota de crédito electrónica. */
    NOTA_CREDITO_ELECTRONICA(61, DocumentKind.CREDIT_NOTE),
    /** 110, factura de exportación electrónica. */
    FACTURA_EXPORTACION_ELECTRONICA(110, DocumentKind.INVOICE),
    /** 111, nota de débito de exportación electrónica. */
    NOTA_DEBITO_EXPORTACION_ELECTRONICA(111, DocumentKind.DEBIT_NOTE),
    /** 112, nota de crédito de exportación electrónica. */
    NOTA_CREDITO_EXPORTACION_ELECTRONICA(112, DocumentKind.CREDIT_NOTE);

    private final int code;
    private final DocumentKind kind;

    SiiDocumentType(int code, DocumentKind kind) {
        this.code = code;
        this.kind = kind;
    }

    /**
     * Returns the SII code.
     *
     * @return such as 33
     */
    public int code() {
        return code;
    }

    /**
     * Returns the receivable kind of this type.
     *
     * @return the kind, or empty for purchase invoices and dispatch guides
     */
    public Optional<DocumentKind> receivableKind() {
        return Optional.ofNullable(kind);
    }

    /**
     * Returns the receivable kind, or fails with a message that says why this type is not one.
     *
     * @return the kind
     * @throws ReceivablesException for type 46 (a payable) and type 52 (no amount to collect)
     */
    public DocumentKind requireReceivableKind() {
        if (kind != null) {
            return kind;
        }
        if (this == FACTURA_COMPRA_ELECTRONICA) {
            throw new ReceivablesException("SII document type 46 (factura de compra) is issued by"
                    + " the buyer and is a payable: import it into accounts payable, not receivables");
        }
        throw new ReceivablesException("SII document type 52 (guía de despacho) asks for no"
                + " payment: import the invoice that bills the dispatch instead");
    }

    /**
     * Finds the type of an SII code.
     *
     * @param code the code, such as 33 or 61
     * @return the type
     * @throws ReceivablesException if the code is not one of the supported types, naming it
     */
    public static SiiDocumentType ofCode(int code) {
        for (SiiDocumentType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new ReceivablesException("SII document type " + code + " is not supported:"
                + " expected one of 33, 34, 39, 41, 46, 52, 56, 61, 110, 111, 112");
    }
}
