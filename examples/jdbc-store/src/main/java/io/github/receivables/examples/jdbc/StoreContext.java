package io.github.receivables.examples.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The settings every store of one {@link JdbcStores} shares: dialect, schema, JSON and clock. */
final class StoreContext {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(json|order:[a-z_]+|[a-z_]+)}");

    final Dialect dialect;
    final JsonCodec json;
    private final String tablePrefix;
    private final Clock clock;
    private final Map<String, String> expanded = new ConcurrentHashMap<>();

    /**
     * Creates the context.
     *
     * @param schema the schema that contains the tables, or null for the connection's default
     */
    StoreContext(Dialect dialect, String schema, JsonCodec json, Clock clock) {
        this.dialect = dialect;
        this.tablePrefix = schema == null ? "" : "\"" + schema + "\".";
        this.json = json;
        this.clock = clock;
    }

    /**
     * Expands the placeholders of a SQL template: {@code {customers}} becomes the table name
     * with its schema, {@code {order:id}} the column that orders by {@code id} in code point
     * order, and {@code {json}} a parameter that takes JSON text. Results are cached, because
     * the stores of every transaction expand the same templates.
     */
    String sql(String template) {
        return expanded.computeIfAbsent(template, this::expand);
    }

    private String expand(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.equals("json")) {
                replacement = dialect.jsonParameter();
            } else if (name.startsWith("order:")) {
                replacement = dialect.orderColumn(name.substring("order:".length()));
            } else {
                replacement = tablePrefix + name;
            }
            matcher.appendReplacement(sql, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(sql);
        return sql.toString();
    }

    /** Returns the instant a row is written at, for the {@code written_at} columns. */
    Instant now() {
        return clock.instant();
    }
}
