package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.StatementFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The camt message and version a document declares through its namespace.
 *
 * @param format camt.052, camt.053 or camt.054
 * @param version the message version, 2 to 13
 * @param namespace the namespace URI as written
 */
record CamtMessageType(StatementFormat format, int version, String namespace) {

    /** The oldest version read; version 1 predates the bank-to-customer messages in use. */
    static final int MIN_VERSION = 2;
    /** The newest version read. */
    static final int MAX_VERSION = 13;

    private static final Pattern ISO = Pattern.compile(
            "urn:iso:std:iso:20022:tech:xsd:camt\\.05([234])\\.001\\.(\\d{2})");
    /** Austrian banks (STUZZA) publish camt.053 under their own namespace with the same content. */
    private static final Pattern STUZZA = Pattern.compile(
            "ISO:camt\\.05([234])\\.001\\.(\\d{2}):APC:STUZZA:payments:\\d{3}");

    /**
     * Recognizes a namespace.
     *
     * @param namespace the root element's namespace URI
     * @return the message type, or empty when the namespace is not a supported camt version
     */
    static Optional<CamtMessageType> of(String namespace) {
        Matcher matcher = ISO.matcher(namespace);
        if (!matcher.matches()) {
            matcher = STUZZA.matcher(namespace);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        int version = Integer.parseInt(matcher.group(2));
        if (version < MIN_VERSION || version > MAX_VERSION) {
            return Optional.empty();
        }
        StatementFormat format = switch (matcher.group(1)) {
            case "2" -> StatementFormat.CAMT_052;
            case "3" -> StatementFormat.CAMT_053;
            default -> StatementFormat.CAMT_054;
        };
        return Optional.of(new CamtMessageType(format, version, namespace));
    }

    /** Returns the message element under {@code Document}, such as {@code BkToCstmrStmt}. */
    String messageElement() {
        return switch (format) {
            case CAMT_052 -> "BkToCstmrAcctRpt";
            case CAMT_053 -> "BkToCstmrStmt";
            default -> "BkToCstmrDbtCdtNtfctn";
        };
    }

    /** Returns the repeated statement element, such as {@code Stmt}. */
    String statementElement() {
        return switch (format) {
            case CAMT_052 -> "Rpt";
            case CAMT_053 -> "Stmt";
            default -> "Ntfctn";
        };
    }
}
