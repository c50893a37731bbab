package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.SourcePosition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies the mapping's metadata rules to the rows outside the entry table. Not thread-safe. */
final class MetadataCollector {

    /**
     * A fact found in the file.
     *
     * @param value the value cell, or the captured text
     * @param label the text of the cell the rule matched, used as the balance code
     * @param position where the value is
     */
    record Found(CellValue value, String label, SourcePosition position) {}

    private record Compiled(MetadataRule rule, Pattern pattern, boolean captures) {}

    private record Pending(Compiled rule, int column, long rowNumber, String label) {}

    private final List<Compiled> rules = new ArrayList<>();
    private final RowPositions positions;
    private final Map<MetadataField, Found> found = new EnumMap<>(MetadataField.class);
    private final List<Pending> pending = new ArrayList<>();

    MetadataCollector(List<MetadataRule> rules, RowPositions positions) {
        for (MetadataRule rule : rules) {
            this.rules.add(new Compiled(rule, Pattern.compile(rule.pattern()),
                    rule.pattern().contains("(?<value>")));
        }
        this.positions = positions;
    }

    /** Returns what a rule found, or null. */
    Found get(MetadataField field) {
        return found.get(field);
    }

    /** Tells whether any rule looks for the field. */
    boolean wants(MetadataField field) {
        return rules.stream().anyMatch(c -> c.rule().field() == field);
    }

    void scan(TableRow row) {
        resolvePending(row);
        for (Compiled compiled : rules) {
            MetadataField field = compiled.rule().field();
            if (found.containsKey(field) || isPending(field)) {
                continue;
            }
            match(compiled, row);
        }
    }

    private void match(Compiled compiled, TableRow row) {
        for (int i = 0; i < row.cells().size(); i++) {
            CellValue cell = row.cell(i);
            if (cell.isBlank()) {
                continue;
            }
            String text = cell.text().strip();
            Matcher matcher = compiled.pattern().matcher(text);
            if (!matcher.find()) {
                continue;
            }
            MetadataRule rule = compiled.rule();
            if (compiled.captures()) {
                String value = matcher.group("value");
                if (value != null && !value.isBlank()) {
                    put(rule.field(), new CellValue.Text(value.strip()), text,
                            positions.cell(row, i, "'" + CellReader.shorten(text) + "'"));
                    return;
                }
                continue;
            }
            int column = rule.valueColumn() != null ? rule.valueColumn() : i;
            if (rule.rowOffset() == 1) {
                pending.add(new Pending(compiled, column, row.number() + 1, text));
                return;
            }
            CellValue value = row.cell(column);
            if (!value.isBlank()) {
                put(rule.field(), value, text, positions.cell(row, column, "'" + text + "'"));
                return;
            }
        }
    }

    private void resolvePending(TableRow row) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending next = it.next();
            if (next.rowNumber() > row.number()) {
                continue;
            }
            it.remove();
            CellValue value = row.cell(next.column());
            if (next.rowNumber() == row.number() && !value.isBlank()) {
                put(next.rule().rule().field(), value, next.label(),
                        positions.cell(row, next.column(), "below '" + next.label() + "'"));
            }
        }
    }

    private boolean isPending(MetadataField field) {
        return pending.stream().anyMatch(p -> p.rule().rule().field() == field);
    }

    private void put(MetadataField field, CellValue value, String label, SourcePosition position) {
        found.putIfAbsent(field, new Found(value, label, position));
    }
}
