package io.github.receivables.spi.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.testkit.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class InMemoryPagingProperties {

    private final TestData data = new TestData();

    /** Ids from letters of both cases, an accented letter, U+FFFD and an emoji (two chars). */
    @Provide
    Arbitrary<Set<String>> ids() {
        Arbitrary<String> id = Arbitraries.of("a", "B", "z", "é", "\uFFFD", "\uD83D\uDE00", "1")
                .list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
        return id.set().ofMaxSize(60);
    }

    @Property(tries = 300)
    void pagesCompleteInCodePointOrder(@ForAll("ids") Set<String> ids,
            @ForAll @IntRange(min = 1, max = 13) int pageSize) {
        InMemoryStores stores = InMemoryStores.create();
        stores.customers().insertAll(ids.stream().map(data::customer).toList());

        List<String> listed = new ArrayList<>();
        for (var row : Page.collectAll(PageRequest.first(pageSize), stores.customers()::list)) {
            listed.add(row.value().id().value());
        }

        assertEquals(sortedByCodePoints(ids), listed);
    }

    private static List<String> sortedByCodePoints(Set<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> java.util.Arrays.compare(a.codePoints().toArray(),
                b.codePoints().toArray()));
        return sorted;
    }

    @Property(tries = 200)
    void findAllFindsEveryInsertedId(@ForAll("ids") Set<String> ids) {
        InMemoryStores stores = InMemoryStores.create();
        stores.customers().insertAll(ids.stream().map(data::customer).toList());

        assertEquals(ids.size(), stores.customers().findAll(
                ids.stream().map(CustomerId::of).toList()).size());
    }
}
