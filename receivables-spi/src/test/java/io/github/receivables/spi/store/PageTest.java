package io.github.receivables.spi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PageTest {

    /** Pages over 0..9, three at a time, counting the pages read. */
    private final List<PageRequest> requests = new ArrayList<>();

    private Page<Integer> fetch(PageRequest request) {
        requests.add(request);
        int start = request.token() == null ? 0 : Integer.parseInt(request.token()) + 1;
        int end = Math.min(start + request.size(), 10);
        List<Integer> items = new ArrayList<>();
        for (int i = start; i < end; i++) {
            items.add(i);
        }
        return new Page<>(items, end < 10 ? Integer.toString(end - 1) : null);
    }

    @Test
    void streamAllReadsEveryPageInOrder() {
        List<Integer> all = Page.streamAll(PageRequest.first(3), this::fetch)
                .collect(Collectors.toList());

        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), all);
        assertEquals(4, requests.size());
    }

    @Test
    void streamAllIsLazy() {
        Page.streamAll(PageRequest.first(3), this::fetch).limit(2).forEach(i -> { });

        assertEquals(1, requests.size());
    }

    @Test
    void nextRequestCarriesToken() {
        Page<Integer> first = fetch(PageRequest.first(3));

        assertTrue(first.hasNext());
        assertEquals(PageRequest.after("2", 5), first.nextRequest(5).orElseThrow());
    }

    @Test
    void lastPageHasNoNextRequest() {
        Page<Integer> last = Page.last(List.of(1));

        assertFalse(last.hasNext());
        assertTrue(last.nextRequest(5).isEmpty());
    }

    @Test
    void pageSizeOutOfRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PageRequest.first(0));
        assertThrows(IllegalArgumentException.class,
                () -> PageRequest.first(PageRequest.MAX_SIZE + 1));
    }

    @Test
    void emptyTokenIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PageRequest.after("", 5));
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), ""));
    }

    @Test
    void versionedNextAddsOne() {
        assertEquals(new Versioned<>("b", 4), new Versioned<>("a", 3).next("b"));
        assertThrows(IllegalArgumentException.class, () -> new Versioned<>("a", 0));
    }
}
