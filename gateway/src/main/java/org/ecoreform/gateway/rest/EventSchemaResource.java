package org.ecoreform.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.platform.contracts.EventSchemas;
import org.ecoreform.platform.http.EntityTags;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;

/** The event contracts: the JSON Schema every event on the topics names in its {@code ce_dataschema}. */
@Path("/api/v1/schemas/events")
@Tag(name = "Event contracts", description = "JSON Schemas (2020-12) of the change events on the Kafka topics")
public class EventSchemaResource {

    private final HttpCaching caching;

    public EventSchemaResource(HttpCaching caching) {
        this.caching = caching;
    }

    /** One event type and where its schema is. */
    public record EventSchemaLink(String type, String href) {}

    public record EventSchemaList(List<EventSchemaLink> items) {}

    @GET
    @Produces(MediaTypes.JSON_UTF8)
    @Operation(
            operationId = "listEventSchemas",
            description =
                    "One entry per event type published on the topics; href is the address every event of the type names in its "
                            + "ce_dataschema header.",
            summary = "Every event type with the address of its schema")
    @APIResponse(
            responseCode = "200",
            description = "The event types",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventSchemaList.class),
                            examples =
                                    @ExampleObject(
                                            name = "types",
                                            value = "{\"items\":[{\"type\":\"org.ecoreform.measure.changed.v1\","
                                                    + "\"href\":\"/api/v1/schemas/events/"
                                                    + "org.ecoreform.measure.changed.v1.json\"}]}")))
    public Response list(@Context Request request) {
        List<EventSchemaLink> items = EventSchemas.types().stream()
                .map(type -> new EventSchemaLink(type, EventSchemas.path(type)))
                .toList();
        return caching.json(request, new EventSchemaList(items)).build();
    }

    @GET
    @Path("/{type}.json")
    @Produces(EventSchemas.MEDIA_TYPE)
    @Operation(
            operationId = "getEventSchema",
            summary = "The JSON Schema (2020-12) of one event type",
            description =
                    "The address every event of the type carries in its ce_dataschema header. Within .v1 a schema only grows: "
                            + "fields are added, none is removed, renamed or retyped, no enum value is taken away.")
    @APIResponse(
            responseCode = "200",
            description = "The schema",
            content = @Content(mediaType = EventSchemas.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No event type of that name")
    public Response schema(
            @Parameter(example = "org.ecoreform.measure.changed.v1") @PathParam("type") String type,
            @Context Request request) {
        byte[] schema = EventSchemas.schema(type)
                .orElseThrow(() -> new ApiException(
                        ProblemKind.NOT_FOUND, "No event type " + type + "; GET /api/v1/schemas/events lists them"));
        return caching.bytes(request, schema, EntityTags.ofContent(schema), EventSchemas.MEDIA_TYPE)
                .build();
    }
}
