package org.ecoreform.platform.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The API documents' picture of a {@link Page} of one item type: OpenAPI schemas name no type
 * parameters, so each list names its page once, as an empty subclass ({@code class MeasurePage
 * extends PageOf<MeasureResponse>}), and its operations answer with that schema. Never built: the
 * wire type is {@link Page}; the contract tests check that the two agree on every response.
 */
public abstract class PageOf<T> {

    @Schema(required = true, maxItems = PageRequest.MAX_LIMIT, description = "The items of this page, in key order")
    public List<T> items;

    @Schema(
            description = "Pass as `cursor` to get the next page; absent on the last page",
            maxLength = 200,
            example = "azE6TjIwMjAtNTA")
    public String nextCursor;

    @Schema(
            description = "How many items match the filters in all; only with count=true (one more query)",
            minimum = "0",
            maximum = "100000000",
            example = "52")
    public Long total;

    protected PageOf() {}
}
