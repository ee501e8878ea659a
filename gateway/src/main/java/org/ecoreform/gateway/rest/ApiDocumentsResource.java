package org.ecoreform.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.gateway.proxy.ApiDocuments;

@Path("/")
@Tag(name = "API documents")
public class ApiDocumentsResource {

    private final ApiDocuments documents;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiDocumentsResource(ApiDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Path("api/v1/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OpenAPI document of every public path (the gateway's views and every service's API)")
    @APIResponse(responseCode = "200", description = "OpenAPI 3 document")
    public Response openApi(@Context UriInfo uri) throws Exception {
        URI own = uri.getBaseUri().resolve("/q/openapi?format=json");
        byte[] gateway = http.send(HttpRequest.newBuilder(own).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        return Response.ok(documents.openApi(gateway)).build();
    }

    @GET
    @Path("asyncapi.yaml")
    @Produces("application/yaml")
    @Operation(summary = "The AsyncAPI document of every topic")
    @APIResponse(responseCode = "200", description = "AsyncAPI 3 document")
    public Response asyncApi() {
        return Response.ok(documents.asyncApi()).build();
    }
}
