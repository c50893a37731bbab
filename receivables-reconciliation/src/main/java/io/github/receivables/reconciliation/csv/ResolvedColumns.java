package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The mapping's columns resolved to 0-based indexes, from the header row or from the mapping. */
final class ResolvedColumns {

    private static final int MAX_LISTED_HEADERS = 30;

    private final Map<Column, Integer> indexes = new HashMap<>();
    private final List<String> headerNames;

    private ResolvedColumns(List<String> headerNames) {
        this.headerNames = headerNames;
    }

    /**
     * Resolves every column the mapping uses.
     *
     * @param header the header row, or null when the mapping has none
     * @throws MalformedStatementException if a named column is missing or appears twice
     */
    static ResolvedColumns resolve(ColumnMapping mapping, TableRow header, RowPositions positions) {
        List<String> names = new ArrayList<>();
        if (header != null) {
            for (CellValue cell : header.cells()) {
                names.add(cell.text().replace("\ufeff", "").strip());
            }
        }
        ResolvedColumns resolved = new ResolvedColumns(names);
        List<String> problems = new ArrayList<>();
        for (EntryColumns.Named named : usedColumns(mapping)) {
            String problem = resolved.add(named.column());
            if (problem != null) {
                problems.add(named.field() + " " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new MalformedStatementException(positions.row(header),
                    String.join("; ", problems) + "; the header has " + listed(names)
                            + "; fix the column names in mapping '" + mapping.name() + "'");
        }
        return resolved;
    }

    private static List<EntryColumns.Named> usedColumns(ColumnMapping mapping) {
        List<EntryColumns.Named> all = new ArrayList<>();
        for (EntryColumns.Named named : mapping.columns().all()) {
            all.add(new EntryColumns.Named("columns." + named.field(), named.column()));
        }
        AmountColumns amount = mapping.amount();
        addIfSet(all, "amount.amount", amount.amount());
        addIfSet(all, "amount.debit", amount.debit());
        addIfSet(all, "amount.credit", amount.credit());
        addIfSet(all, "amount.indicator", amount.indicator());
        for (int i = 0; i < mapping.extraColumns().size(); i++) {
            addIfSet(all, "extraColumns[" + i + "]", mapping.extraColumns().get(i));
        }
        return all;
    }

    private static void addIfSet(List<EntryColumns.Named> all, String field, Column column) {
        if (column != null) {
            all.add(new EntryColumns.Named(field, column));
        }
    }

    private String add(Column column) {
        if (!column.isNamed()) {
            indexes.put(column, column.index());
            return null;
        }
        String wanted = normalize(column.header());
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < headerNames.size(); i++) {
            if (normalize(headerNames.get(i)).equals(wanted)) {
                found.add(i + 1);
            }
        }
        if (found.isEmpty()) {
            return column.describe() + " is not in the header";
        }
        if (found.size() > 1) {
            return column.describe() + " appears in columns " + found
                    + "; refer to it by its 0-based index";
        }
        indexes.put(column, found.get(0) - 1);
        return null;
    }

    private static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    private static String listed(List<String> names) {
        if (names.isEmpty()) {
            return "no names";
        }
        List<String> shown = names.size() > MAX_LISTED_HEADERS
                ? names.subList(0, MAX_LISTED_HEADERS)
                : names;
        return "columns " + shown + (shown.size() < names.size() ? " and more" : "");
    }

    /** Returns the index of a mapped column, or -1 when the column is null. */
    int index(Column column) {
        return column == null ? -1 : indexes.get(column);
    }

    /** Returns a label for messages, such as {@code 'Betrag'}, for a resolved index. */
    String label(int index) {
        String name = index < headerNames.size() ? headerNames.get(index) : "";
        return name.isEmpty() ? "#" + index : "'" + name + "'";
    }

    /** Returns the key under which an extra column is kept: its header name or its index. */
    String key(int index) {
        String name = index < headerNames.size() ? headerNames.get(index) : "";
        return name.isEmpty() ? "column " + index : name;
    }
}
