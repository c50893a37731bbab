package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementException;

/**
 * A tax document was read correctly but is not a receivable of the seller: a purchase invoice
 * (type 46) or a supplier's document is a payable, and a dispatch guide (type 52) has no amount
 * to collect. A host importing a mixed file catches this exception to skip the document.
 */
public final class NotReceivableException extends StatementException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param position where the document is; never null
     * @param message which document, why it is not a receivable and where to import it instead;
     *     never null
     */
    public NotReceivableException(SourcePosition position, String message) {
        super(position, message, null);
    }
}
