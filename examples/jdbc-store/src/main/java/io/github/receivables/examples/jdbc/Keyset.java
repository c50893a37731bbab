package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging: each page reads the rows after the sort key of the previous page's last row, so
 * rows inserted or deleted between pages neither repeat nor hide others. Page tokens carry that
 * sort key and the listing's tag, so a token given to another listing is rejected.
 */
final class Keyset {

    /**
     * The order of one listing: by an instant column (or none), then by a unique key column.
     *
     * @param tag names the listing inside page tokens
     * @param timeColumn the instant column, or null to order by key only
     * @param keyColumn the key column, as named in the table (not its order column)
     */
    record Order(String tag, String timeColumn, String keyColumn) {}

    /**
     * The sort key of a row.
     *
     * @param at the instant, or null for a listing by key only
     * @param key the unique key
     */
    record SortKey(Instant at, String key) {}

    /**
     * The start of a page: the request and the sort key its token carries.
     *
     * @param order the listing
     * @param request the page request
     * @param after the sort key of the previous page's last row, or null for the first page
     */
    record Cursor(Order order, PageRequest request, SortKey after) {}

    private Keyset() {}

    /**
     * Decodes where a page starts. Call it before the query runs, so a bad token fails as an
     * argument error without touching a transaction.
     *
     * @throws IllegalArgumentException if the token was not issued by this listing
     */
    static Cursor cursor(Order order, PageRequest request) {
        SortKey after = request.token() == null ? null : decode(order, request.token());
        return new Cursor(order, request, after);
    }

    /**
     * Reads one page.
     *
     * @param selectFrom {@code SELECT columns FROM table}, placeholders expanded
     * @param conditions the listing's filters, placeholders expanded, joined with AND
     * @param params the parameters of the conditions
     */
    static <T> Page<T> page(Connection connection, StoreContext context, String selectFrom,
            List<String> conditions, List<Object> params, Cursor cursor,
            Sql.RowMapper<T> mapper, Function<T, SortKey> sortKeyOf) throws SQLException {
        Dialect dialect = context.dialect;
        Order order = cursor.order();
        PageRequest request = cursor.request();
        String keyOrder = dialect.orderColumn(order.keyColumn());
        List<String> where = new ArrayList<>(conditions);
        List<Object> values = new ArrayList<>(params);
        SortKey after = cursor.after();
        if (after != null) {
            if (order.timeColumn() == null) {
                where.add(keyOrder + " > ?");
            } else {
                where.add("(" + order.timeColumn() + ", " + keyOrder + ") > (?, ?)");
                values.add(after.at());
            }
            values.add(dialect.orderKey(after.key()));
        }
        String orderBy = order.timeColumn() == null ? keyOrder
                : order.timeColumn() + ", " + keyOrder;
        String sql = selectFrom + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + orderBy + " LIMIT ?";
        values.add(request.size() + 1);
        List<T> rows = Sql.queryList(connection, sql, mapper, values);
        if (rows.size() <= request.size()) {
            return Page.last(rows);
        }
        List<T> items = rows.subList(0, request.size());
        return new Page<>(items, encode(order, sortKeyOf.apply(items.get(items.size() - 1))));
    }

    private static String encode(Order order, SortKey key) {
        String encodedKey = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(key.key().getBytes(StandardCharsets.UTF_8));
        return order.timeColumn() == null ? order.tag() + "|" + encodedKey
                : order.tag() + "|" + key.at() + "|" + encodedKey;
    }

    private static SortKey decode(Order order, String token) {
        String[] parts = token.split("\\|", -1);
        int expected = order.timeColumn() == null ? 2 : 3;
        if (parts.length != expected || !parts[0].equals(order.tag())) {
            throw invalidToken(token, null);
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(parts[expected - 1]),
                    StandardCharsets.UTF_8);
            Instant at = expected == 3 ? Instant.parse(parts[1]) : null;
            return new SortKey(at, key);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalidToken(token, e);
        }
    }

    private static IllegalArgumentException invalidToken(String token, Exception cause) {
        return new IllegalArgumentException("page token '" + token + "' was not issued by this"
                + " query: pass back the nextToken of the previous page", cause);
    }
}
