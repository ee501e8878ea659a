package org.ecoreform.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.ecoreform.platform.paging.Page;

/** Adds the RFC 8288 {@code Link: <…>; rel="next"} header that mirrors {@code nextCursor}. */
public final class PageLinks {

    private PageLinks() {}

    public static Response.ResponseBuilder withNext(Response.ResponseBuilder builder, UriInfo uri, Page<?> page) {
        return page.nextCursor() == null ? builder : withNext(builder, uri.getRequestUriBuilder(), page.nextCursor());
    }

    /** The request's address with {@code cursor} set to the next one, as {@code Link: rel="next"}. */
    public static Response.ResponseBuilder withNext(
            Response.ResponseBuilder builder, UriBuilder request, String nextCursor) {
        String next = request.replaceQueryParam("cursor", nextCursor).build().toString();
        return builder.header("Link", "<" + next + ">; rel=\"next\"");
    }
}
