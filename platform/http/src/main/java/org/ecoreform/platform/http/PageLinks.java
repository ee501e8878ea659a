package org.ecoreform.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ecoreform.platform.paging.Page;

/** Adds the RFC 8288 {@code Link: <…>; rel="next"} header that mirrors {@code nextCursor}. */
public final class PageLinks {

    private PageLinks() {}

    public static Response.ResponseBuilder withNext(Response.ResponseBuilder builder, UriInfo uri, Page<?> page) {
        if (page.nextCursor() == null) {
            return builder;
        }
        String next = uri.getRequestUriBuilder()
                .replaceQueryParam("cursor", page.nextCursor())
                .build()
                .toString();
        return builder.header("Link", "<" + next + ">; rel=\"next\"");
    }
}
