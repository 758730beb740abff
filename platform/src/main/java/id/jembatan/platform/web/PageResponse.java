package id.jembatan.platform.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The paginated envelope every list endpoint returns. */
public record PageResponse<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Page size", example = "20") int size,
        @Schema(description = "Items matching the query, over all pages", example = "514") long totalItems,
        @Schema(description = "Pages at this size", example = "26") int totalPages) {

    /**
     * A page whose total is counted only when the page cannot tell it: a page shorter than its size (and not
     * past the end) is the last, so the total is the items before it and on it.
     */
    public static <T> PageResponse<T> of(List<T> items, PageRequest request, java.util.function.LongSupplier count) {
        boolean last = items.size() < request.size() && (!items.isEmpty() || request.offset() == 0);
        return of(items, request, last ? request.offset() + items.size() : count.getAsLong());
    }

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long total) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), total, pages);
    }
}
