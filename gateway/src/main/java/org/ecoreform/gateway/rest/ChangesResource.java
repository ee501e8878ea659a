package org.ecoreform.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.gateway.store.ChangeFeed;
import org.ecoreform.platform.http.PageLinks;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.problem.ApiException;

@Path("/api/v1/changes")
@Tag(
        name = "Changes",
        description = "Deltas across the three domains, retirements and withdrawals included; live as Server-Sent "
                + "Events at /api/v1/changes/stream (ChangeStreamRoute)")
public class ChangesResource {

    private final ChangeFeed feed;

    public ChangesResource(ChangeFeed feed) {
        this.feed = feed;
    }

    /** A page of changes; poll again with {@code since=nextCursor}. */
    public record ChangePage(List<ChangeFeed.Change> items, String nextCursor) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listChanges",
            summary = "Changes applied to the views after a cursor, oldest first",
            description =
                    "Each item names the topic, the aggregate key and its new version (kind=deleted for a tombstone). "
                            + "nextCursor is always present (and the Link rel=next header): pass it as cursor to get what "
                            + "happened next. The paging is that of every list; since is this parameter's former name.")
    @APIResponse(
            responseCode = "200",
            description = "A page of changes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "503", description = ViewStoreUnavailableMapper.DESCRIPTION)
    public Response changes(
            @Parameter(description = "The nextCursor of the previous call; absent = from the start")
                    @QueryParam("cursor")
                    String cursor,
            @Parameter(description = "The former name of cursor, still read", deprecated = true) @QueryParam("since")
                    String since,
            @Parameter(example = "100") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        if (cursor != null && since != null) {
            throw ApiException.badRequest("since", "is the former name of cursor: send one of them");
        }
        PageRequest page = PageRequest.parse(limit, cursor != null ? cursor : since);
        long after = page.afterKey().map(ChangesResource::sequence).orElse(0L);
        List<ChangeFeed.Change> items = feed.since(after, page.limit());
        long last = items.isEmpty() ? after : items.get(items.size() - 1).sequence();
        String next = PageRequest.encode(Long.toString(last));
        // the next page names its position by cursor alone, whichever name this request used
        return PageLinks.withNext(
                        Response.ok(new ChangePage(items, next)).header("Cache-Control", "no-store"),
                        uri.getRequestUriBuilder().replaceQueryParam("since"),
                        next)
                .build();
    }

    /** The newest changes, newest first. */
    public record RecentChanges(List<ChangeFeed.Change> items) {}

    @GET
    @Path("/recent")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listRecentChanges",
            summary = "The newest changes, newest first (the dashboard's timeline)",
            description = "For a history, page through GET /api/v1/changes with its cursor instead.")
    @APIResponse(
            responseCode = "200",
            description = "Up to limit changes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RecentChanges.class)))
    @APIResponse(responseCode = "503", description = ViewStoreUnavailableMapper.DESCRIPTION)
    @APIResponse(responseCode = "400", description = "limit is not 1 to 100")
    public Response recent(@Parameter(description = "1 to 100", example = "20") @QueryParam("limit") String limit) {
        int count = QueryParams.optional("limit", limit, "^[1-9][0-9]?$|^100$", "must be 1 to 100")
                .map(Integer::parseInt)
                .orElse(20);
        return Response.ok(new RecentChanges(feed.latest(count)))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static long sequence(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("cursor", "is not a cursor issued by this API");
        }
    }
}
