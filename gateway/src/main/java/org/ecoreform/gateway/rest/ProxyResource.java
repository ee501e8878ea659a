package org.ecoreform.gateway.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ecoreform.gateway.edge.ContentCoding;
import org.ecoreform.gateway.proxy.DownstreamProxy;
import org.ecoreform.platform.problem.ApiException;

/**
 * Every service endpoint under the same /api/v1 path, reads and writes. Writes need a valid token
 * here already; the owning service checks it again, with its roles and scopes. Answers are
 * compressed as the client accepts, their strong ETags suffixed with the coding (and conditional
 * headers stripped of it on the way to the service).
 */
@Path("/api/v1/{path: (lists|categories|departments|provinces|measures|framework|plans|adoptions|imports|responsible-units|catalogue-replica|indicators|targets|target-imports|observations|source-documents|plan-tasks|accountability)(/.*)?}")
public class ProxyResource {

    private final DownstreamProxy proxy;

    public ProxyResource(DownstreamProxy proxy) {
        this.proxy = proxy;
    }

    @GET
    @Operation(hidden = true)
    public Response get(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", path, uri, headers, null);
    }

    @POST
    @Authenticated
    @Operation(hidden = true)
    public Response post(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("POST", path, uri, headers, body);
    }

    @PUT
    @Authenticated
    @Operation(hidden = true)
    public Response put(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PUT", path, uri, headers, body);
    }

    @PATCH
    @Authenticated
    @Operation(hidden = true)
    public Response patch(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PATCH", path, uri, headers, body);
    }

    @DELETE
    @Authenticated
    @Operation(hidden = true)
    public Response delete(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("DELETE", path, uri, headers, null);
    }

    private Response forward(String method, String path, UriInfo uri, HttpHeaders headers, byte[] body) {
        String service = DownstreamProxy.serviceFor(path).orElseThrow(() -> ApiException.notFound("path", path));
        String query = uri.getRequestUri().getRawQuery();
        // forwarded as received (still percent-encoded), so ids with reserved characters arrive intact
        String pathAndQuery = uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        DownstreamProxy.Answer answer = proxy.forward(service, method, pathAndQuery, headers.getRequestHeaders(), body);
        String gatewayBase = uri.getBaseUri().toString().replaceAll("/$", "");
        String serviceBase = proxy.baseUrl(service);
        ContentCoding coding = ContentCoding.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().forEach((name, values) -> {
            if (DownstreamProxy.responseHeader(name)) {
                boolean etag = name.equalsIgnoreCase(HttpHeaders.ETAG);
                // links and locations point at the gateway, never at a service behind it
                values.forEach(v -> response.header(name, etag ? coding.tag(v) : v.replace(serviceBase, gatewayBase)));
            }
        });
        response.header(HttpHeaders.VARY, ContentCoding.VARY);
        if (answer.body().length > 0) {
            // compressed here, so that the ETag can name the coding
            response.entity(coding.compress(answer.body()));
            response.header(HttpHeaders.CONTENT_ENCODING, coding.header());
        }
        return response.build();
    }
}
