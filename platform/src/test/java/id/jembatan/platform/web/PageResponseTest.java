package id.jembatan.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageResponseTest {

    private final AtomicInteger counted = new AtomicInteger();

    private long count(long total) {
        counted.incrementAndGet();
        return total;
    }

    @Test
    void aShortPageTellsTheTotalWithoutCounting() {
        PageResponse<String> page = PageResponse.of(List.of("a", "b"), new PageRequest(3, 5), () -> count(99));

        assertEquals(17, page.totalItems());
        assertEquals(4, page.totalPages());
        assertEquals(0, counted.get());
    }

    @Test
    void anEmptyFirstPageIsAnEmptyList() {
        assertEquals(0, PageResponse.of(List.of(), new PageRequest(0, 20), () -> count(99)).totalItems());
        assertEquals(0, counted.get());
    }

    @Test
    void aFullPageOrOnePastTheEndIsCounted() {
        assertEquals(42, PageResponse.of(List.of("a", "b"), new PageRequest(0, 2), () -> count(42)).totalItems());
        assertEquals(42, PageResponse.of(List.of(), new PageRequest(30, 2), () -> count(42)).totalItems());
        assertEquals(2, counted.get());
    }
}
