package org.ecoreform.platform.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list; {@code nextCursor} is absent on the last page, {@code total} unless the
 * client asked for it ({@code ?count=true}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        List<T> items,

        @Schema(
                description = "Pass as `cursor` to get the next page; absent on the last page",
                example = "azE6TjIwMjAtNTA")
        String nextCursor,

        Long total) {

    public Page(List<T> items, String nextCursor) {
        this(items, nextCursor, null);
    }

    /** The same page, saying how many items match in all. */
    public Page<T> withTotal(long matching) {
        return new Page<>(items, nextCursor, matching);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in key order: the extra row only tells
     * that a next page exists.
     */
    public static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, String> keyOf) {
        if (rowsPlusOne.size() <= limit) {
            return new Page<>(List.copyOf(rowsPlusOne), null);
        }
        List<T> items = List.copyOf(rowsPlusOne.subList(0, limit));
        return new Page<>(items, PageRequest.encode(keyOf.apply(items.get(limit - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor, total);
    }
}
