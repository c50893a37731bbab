package io.github.receivables.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.testkit.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/** Keyset paging on H2 against a sort in code point order, for generated ids and page sizes. */
class H2PagingProperties {

    private static final TestDatabase DATABASE = TestDatabase.h2("paging_properties");

    private final TestData data = new TestData();

    @AfterContainer
    static void closeDatabase() {
        DATABASE.close();
    }

    /** Ids from letters of both cases, an accented letter, U+FFFD and an emoji (two chars). */
    @Provide
    Arbitrary<Set<String>> ids() {
        Arbitrary<String> id = Arbitraries.of("a", "B", "z", "é", "\uFFFD", "\uD83D\uDE00", "1")
                .list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
        return id.set().ofMaxSize(40);
    }

    @Property(tries = 200)
    void pagesCompleteInCodePointOrder(@ForAll("ids") Set<String> ids,
            @ForAll @IntRange(min = 1, max = 13) int pageSize) {
        JdbcStores stores = DATABASE.stores();
        DATABASE.clear();
        stores.customers().insertAll(ids.stream().map(data::customer).toList());

        List<String> listed = Page.collectAll(PageRequest.first(pageSize),
                stores.customers()::list).stream().map(row -> row.value().id().value()).toList();

        List<String> expected = new ArrayList<>(ids);
        expected.sort(Comparator.comparing(id -> id.codePoints().toArray(), Arrays::compare));
        assertEquals(expected, listed);
    }
}
