package org.ecoreform.platform.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of every service shares, said once rather than on each resource method:
 * the errors any request can meet (problem+json), the paging parameters' types and bounds, and a
 * length bound on every other query and path parameter (each is also checked at run time by
 * {@code QueryParams}). Registered for every service in platform's microprofile-config.properties.
 */
public class ContractConventions implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** Whole-dataset and table answers, saved as files by clients (and opened in spreadsheets). */
    static final List<String> DOWNLOADS = List.of("text/csv", "application/x-ndjson");

    /**
     * A string whose pattern bounds its length ({@code ^C[0-9]{2}$}) is given that bound as its
     * maxLength, so that clients and linters see the limit the server's validation enforces.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getPattern() != null && schema.getMaxLength() == null) {
            PatternLength.maximum(schema.getPattern()).ifPresent(schema::setMaxLength);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            // answers only: a request body (an *Input) is read as sent
            openAPI.getComponents().getSchemas().forEach((name, schema) -> {
                if (!name.endsWith("Input")) {
                    LanguageConventions.nameInTheLanguageAsked(schema);
                }
            });
            openAPI.getComponents().getSchemas().values().forEach(ContractConventions::optionalMayBeNull);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        operations(item).forEach((method, operation) -> conform(path, method, operation)));
    }

    /**
     * The services write an optional field without a value as JSON null (Jackson's default), and a
     * client reads it so: every property an object schema does not require may be null.
     */
    static void optionalMayBeNull(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name)) {
                schema.addProperty(name, nullable(property));
            }
        });
    }

    private static Schema nullable(Schema property) {
        boolean composed = property.getAllOf() != null || property.getAnyOf() != null || property.getOneOf() != null;
        if (property.getRef() == null && property.getType() == null && !composed) {
            return property; // no type: any value, null included
        }
        if (property.getRef() != null || property.getType() == null) {
            if (property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(ContractConventions::isNull)) {
                return property;
            }
            Schema nullOrValue = OASFactory.createSchema()
                    .addAnyOf(property)
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            nullOrValue.setDescription(property.getDescription());
            property.setDescription(null);
            return nullOrValue;
        }
        if (!property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                property.addEnumeration(null);
            }
        }
        return property;
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    private static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.getOperations() == null ? Map.of() : item.getOperations();
    }

    private static void conform(String path, PathItem.HttpMethod method, Operation operation) {
        if (method == PathItem.HttpMethod.GET && LanguageConventions.answersData(path, operation)) {
            LanguageConventions.languageParameters(operation);
        }
        LanguageConventions.inlineSchemas(operation);
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ParameterConventions::bound);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        // every request can be malformed: a path with an encoded dot segment, an unknown query parameter …
        add(responses, "400", "Malformed or invalid input: the path, a query parameter, a header or the body");
        add(responses, "401", "A bearer token was sent and is not valid (expired, wrong issuer or signature)");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "403", "The token's roles (or province) do not allow this write");
        }
        if (path.contains("{")) {
            add(responses, "404", "Nothing has this id");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            add(responses, "409", "The write conflicts with the current state (a duplicate, an illegal transition)");
            add(responses, "422", "The request is well-formed but cannot be applied (an unknown reference, a rule)");
            if (path.contains("{")) {
                add(responses, "412", "If-Match does not name the current version: read it again");
                add(responses, "428", "If-Match is missing: send the ETag of the version being changed");
            }
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than the service accepts");
            add(responses, "415", "The body's Content-Type is not one this operation takes");
        }
        if (method == PathItem.HttpMethod.GET && hasSuccess(responses)) {
            add(responses, "304", "Unchanged since the ETag sent in If-None-Match (no body)");
        }
        add(responses, "500", "An unexpected error; the problem's instance names the request for the operators");
        APIResponse unavailable = add(
                responses, "503", "A store or service this answer needs is unavailable; try again after Retry-After");
        if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
            unavailable.addHeader("Retry-After", retryAfter());
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // said, not left out: this operation needs no credentials (public reads)
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        responses.getAPIResponses().forEach(ContractConventions::problemBody);
        responses.getAPIResponses().forEach(ContractConventions::textBody);
    }

    /** A text answer declared without a schema is a string: a download (CSV, NDJSON) a binary one. */
    private static void textBody(String code, APIResponse response) {
        if (!code.startsWith("2")
                || response.getContent() == null
                || response.getContent().getMediaTypes() == null) {
            return;
        }
        response.getContent().getMediaTypes().forEach((type, media) -> {
            if (media.getSchema() == null && DOWNLOADS.contains(type)) {
                // a file to save, not a text to parse: generated clients hand it over as one
                media.setSchema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .format("binary"));
                if (media.getExample() != null && !(media.getExample() instanceof String)) {
                    media.setExample(asText(media.getExample())); // an NDJSON line read as JSON: its text again
                }
            } else if (media.getSchema() == null && !type.contains("json")) {
                media.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            }
        });
    }

    private static boolean hasSuccess(APIResponses responses) {
        return responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
    }

    static Header retryAfter() {
        return OASFactory.createHeader()
                .description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.ZERO)
                        .maximum(BigDecimal.valueOf(86_400)));
    }

    private static String asText(Object example) {
        try {
            return new ObjectMapper().writeValueAsString(example);
        } catch (JsonProcessingException e) {
            return String.valueOf(example);
        }
    }

    private static APIResponse add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null) {
            return existing;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description);
        responses.addAPIResponse(code, response);
        return response;
    }

    /** Every error answer is problem+json: a declared error without a body schema gets the Problem one. */
    private static void problemBody(String code, APIResponse response) {
        if (code.length() != 3 || code.charAt(0) < '4') {
            return;
        }
        Content content = response.getContent();
        if (content == null
                || content.getMediaTypes() == null
                || content.getMediaTypes().isEmpty()) {
            response.content(OASFactory.createContent().addMediaType(PROBLEM_JSON, problem()));
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (media.getSchema() == null) {
                media.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
            }
        });
        if (!content.hasMediaType(PROBLEM_JSON)) {
            // the errors are problem+json whatever the operation's success type
            Map<String, MediaType> kept = Map.copyOf(content.getMediaTypes());
            kept.keySet().forEach(content::removeMediaType);
            content.addMediaType(PROBLEM_JSON, problem());
        }
    }

    private static MediaType problem() {
        return OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
    }
}
