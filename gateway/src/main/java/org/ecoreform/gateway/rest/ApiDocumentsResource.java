package org.ecoreform.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.gateway.proxy.ApiDocuments;

@Path("/")
@Tag(
        name = "API documents",
        description = "The OpenAPI document of every public path and the AsyncAPI document of every topic")
public class ApiDocumentsResource {

    private final ApiDocuments documents;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiDocumentsResource(ApiDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Path("api/v1/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getOpenApi",
            description =
                    "The same document as GET /q/openapi?format=json: every operation of the gateway and of the three services, merged "
                            + "by the gateway from each service's own document and kept for a minute.",
            summary = "The OpenAPI document of every public path (the gateway's views and every service's API)")
    @APIResponse(
            responseCode = "200",
            description = "OpenAPI 3.1 document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response openApi(@Context UriInfo uri) {
        return Response.ok(merged(uri)).build();
    }

    /**
     * The same document where Quarkus applications publish theirs: YAML unless {@code format=json}
     * (or JSON is the only type accepted). Not an operation of the API: it describes it.
     */
    @GET
    @Path("q/openapi")
    @Produces({"application/yaml", MediaType.APPLICATION_JSON})
    @Operation(hidden = true)
    public Response openApiWhereQuarkusPublishesIt(
            @QueryParam("format") String format, @Context HttpHeaders headers, @Context UriInfo uri) {
        boolean asJson = "json".equalsIgnoreCase(format)
                || (format == null
                        && headers.getAcceptableMediaTypes().stream()
                                .noneMatch(type -> type.isWildcardType()
                                        || type.getSubtype().contains("yaml")));
        byte[] merged = merged(uri);
        return asJson
                ? Response.ok(merged, MediaType.APPLICATION_JSON).build()
                : Response.ok(documents.asYaml(merged), "application/yaml;charset=UTF-8")
                        .build();
    }

    private byte[] merged(UriInfo uri) {
        // the gateway's own paths as SmallRye generated them (quarkus.smallrye-openapi.path), asked for on a cache miss
        // only
        URI own = uri.getBaseUri().resolve("/q/gateway-openapi?format=json");
        return documents.openApi(() -> {
            try {
                return http.send(HttpRequest.newBuilder(own).build(), HttpResponse.BodyHandlers.ofByteArray())
                        .body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading the gateway's own document", e);
            }
        });
    }

    @GET
    @Path("asyncapi.yaml")
    @Produces("application/yaml")
    @Operation(
            operationId = "getAsyncApi",
            description =
                    "Channels, operations and message schemas of every topic (CloudEvents 1.0 in Kafka binary mode, compacted, key = "
                            + "aggregate id), merged by the gateway from each service's own document.",
            summary = "The AsyncAPI document of every topic")
    @APIResponse(responseCode = "200", description = "AsyncAPI 3 document")
    public Response asyncApi() {
        return Response.ok(documents.asyncApi()).build();
    }
}
