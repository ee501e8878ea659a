package org.ecoreform.platform.http;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;

/** Adds the RFC 8288 {@code Link: <…>; rel="next"} header that mirrors {@code nextCursor}. */
public final class PageLinks {

    private PageLinks() {}

    public static Response.ResponseBuilder withNext(Response.ResponseBuilder builder, UriInfo uri, Page<?> page) {
        return page.nextCursor() == null ? builder : withNext(builder, uri.getRequestUriBuilder(), page.nextCursor());
    }

    /**
     * A short list held whole (plans, import runs, adopters …) answered as every list is: the page the
     * cursor asks for, in the list's own order, its total when {@code count=true}, the next page's link.
     */
    public static <T> Response wholeList(
            HttpCaching caching,
            Request request,
            UriInfo uri,
            List<T> all,
            Function<T, String> keyOf,
            String limit,
            String cursor,
            String count) {
        Page<T> page = PageRequest.parse(limit, cursor).slice(all, keyOf);
        if (QueryParams.flag("count", count)) {
            page = page.withTotal(all.size());
        }
        return withNext(caching.json(request, page), uri, page).build();
    }

    /** The request's address with {@code cursor} set to the next one, as {@code Link: rel="next"}. */
    public static Response.ResponseBuilder withNext(
            Response.ResponseBuilder builder, UriBuilder request, String nextCursor) {
        String next = request.replaceQueryParam("cursor", nextCursor).build().toString();
        return builder.header("Link", "<" + next + ">; rel=\"next\"");
    }
}
