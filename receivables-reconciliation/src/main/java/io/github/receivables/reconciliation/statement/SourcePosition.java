package io.github.receivables.reconciliation.statement;

/**
 * Where in a file something was found or went wrong.
 *
 * @param source the file or stream name given to the reader; never null
 * @param line the 1-based line number, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param path the XML element path such as {@code /Document/BkToCstmrStmt/Stmt/Ntry[3]/Amt}, the
 *     record or tag for text formats, or an empty string when not applicable; never null
 */
public record SourcePosition(String source, long line, long column, String path) {

    /**
     * Formats the position for an error message, for example {@code camt.xml line 42 (/Document/Stmt/Ntry[3])}.
     *
     * @return a readable position; never null
     */
    public String describe() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(" line ").append(line);
            if (column > 0) {
                text.append(" column ").append(column);
            }
        }
        if (!path.isEmpty()) {
            text.append(" (").append(path).append(')');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
