package org.ecoreform.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every schema against the last released one (platform/contracts/released): within .v1 a schema only grows. */
class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RELEASED = Path.of("released");
    private static final String MEASURE = "org.ecoreform.measure.changed.v1";

    @Test
    void everyReleasedSchemaIsStillPublishedAndCompatible() throws IOException {
        List<Path> released;
        try (Stream<Path> files = Files.list(RELEASED)) {
            released =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(released).hasSize(8);
        for (Path file : released) {
            String type = file.getFileName().toString().replaceFirst("\\.json$", "");
            assertThat(EventSchemas.types())
                    .as("released type %s still published", type)
                    .contains(type);
            assertThat(SchemaCompatibility.breakingChanges(JSON.readTree(file.toFile()), current(type)))
                    .as(type)
                    .isEmpty();
        }
    }

    @Test
    void everyPublishedSchemaIsADraft202012ObjectSchemaWithExamples() throws IOException {
        assertThat(EventSchemas.types())
                .containsExactly(
                        MEASURE,
                        "org.ecoreform.framework.changed.v1",
                        "org.ecoreform.adoption.changed.v1",
                        "org.ecoreform.adoptionplan.changed.v1",
                        "org.ecoreform.target.changed.v1",
                        "org.ecoreform.plantask.changed.v1",
                        "org.ecoreform.sourcedocument.changed.v1",
                        "org.ecoreform.accountability.changed.v1");
        for (String type : EventSchemas.types()) {
            JsonNode schema = current(type);
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("title").asText()).isEqualTo(type);
            assertThat(schema.path("required")).extracting(JsonNode::asText).contains("id", "version");
            assertThat(schema.at("/properties/id/examples")).isNotEmpty();
        }
        assertThat(EventSchemas.schema("org.ecoreform.unknown.v1")).isEmpty();
        assertThat(EventSchemas.dataSchema("https://data.example.cn/", MEASURE))
                .isEqualTo("https://data.example.cn/api/v1/schemas/events/org.ecoreform.measure.changed.v1.json");
    }

    @Test
    void removingOrRenamingAFieldBreaks() throws IOException {
        ObjectNode renamed = current(MEASURE).deepCopy();
        ObjectNode properties = (ObjectNode) renamed.get("properties");
        properties.set("title", properties.remove("name"));
        ObjectNode nestedRemoved = current(MEASURE).deepCopy();
        ((ObjectNode) nestedRemoved.at("/$defs/Label/properties")).remove("nameEn");

        assertThat(SchemaCompatibility.breakingChanges(current(MEASURE), renamed))
                .containsExactly("/properties/name: removed (or renamed)");
        assertThat(SchemaCompatibility.breakingChanges(current(MEASURE), nestedRemoved))
                .contains("/properties/category/properties/nameEn: removed (or renamed)");
    }

    @Test
    void makingARequiredFieldOptionalBreaks() throws IOException {
        ObjectNode optional = current(MEASURE).deepCopy();
        ArrayNode required = (ArrayNode) optional.get("required");
        for (int i = 0; i < required.size(); i++) {
            if (required.get(i).asText().equals("content")) {
                required.remove(i);
            }
        }
        assertThat(SchemaCompatibility.breakingChanges(current(MEASURE), optional))
                .containsExactly(": content no longer required");
    }

    @Test
    void changingATypeOrFormatBreaks() throws IOException {
        ObjectNode retyped = current(MEASURE).deepCopy();
        ((ObjectNode) retyped.at("/properties/number")).put("type", "string");
        ((ObjectNode) retyped.at("/properties/createdAt")).put("format", "date");

        assertThat(SchemaCompatibility.breakingChanges(current(MEASURE), retyped))
                .containsExactlyInAnyOrder(
                        "/properties/number: type \"integer\" became \"string\"",
                        "/properties/createdAt: format \"date-time\" became \"date\"");
    }

    @Test
    void narrowingAnEnumBreaksWideningDoesNot() throws IOException {
        ObjectNode narrowed = current(MEASURE).deepCopy();
        ((ArrayNode) narrowed.at("/properties/status/enum")).remove(1);
        ObjectNode widened = current(MEASURE).deepCopy();
        ((ArrayNode) widened.at("/properties/status/enum")).add("suspended");

        assertThat(SchemaCompatibility.breakingChanges(current(MEASURE), narrowed))
                .containsExactly("/properties/status: enum value \"retired\" removed");
        assertThat(SchemaCompatibility.breakingChanges(current(MEASURE), widened))
                .isEmpty();
    }

    @Test
    void addingAFieldIsCompatible() throws IOException {
        ObjectNode grown = current(MEASURE).deepCopy();
        ((ObjectNode) grown.get("properties")).putObject("summaryEn").put("type", "string");
        ((ArrayNode) grown.get("required")).add("summaryEn");
        ((ObjectNode) grown.at("/properties/framework/items/properties"))
                .putObject("confirmedAt")
                .put("type", "string");

        assertThat(SchemaCompatibility.breakingChanges(current(MEASURE), grown)).isEmpty();
    }

    private static JsonNode current(String type) throws IOException {
        return JSON.readTree(EventSchemas.schema(type).orElseThrow());
    }
}
