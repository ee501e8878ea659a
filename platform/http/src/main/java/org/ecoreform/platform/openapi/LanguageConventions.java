package org.ecoreform.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.ecoreform.platform.http.Language;

/**
 * What every read says about languages (see {@link Language}): it takes {@code lang} and
 * {@code Accept-Language}, and every object with {@code nameZh} and {@code nameEn} may carry
 * {@code name} in the language asked.
 */
final class LanguageConventions {

    static final String NAME_DESCRIPTION = "nameZh or nameEn, in the language asked by `lang` or Accept-Language "
            + "(the other when this one is missing); present only when a language was asked";

    private LanguageConventions() {}

    /** A read that answers JSON data: not a download (CSV, NDJSON) and not a document of the API itself. */
    static boolean answersData(String path, Operation operation) {
        if (path.startsWith("/q/") || path.contains("/openapi") || path.contains("/schemas/")) {
            return false;
        }
        return operation.getResponses() != null
                && operation.getResponses().getAPIResponses() != null
                && operation.getResponses().getAPIResponses().entrySet().stream()
                        .anyMatch(e -> e.getKey().startsWith("2")
                                && e.getValue().getContent() != null
                                && e.getValue().getContent().getMediaTypes() != null
                                && e.getValue().getContent().getMediaTypes().containsKey("application/json"));
    }

    static void languageParameters(Operation operation) {
        boolean declared = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> Language.PARAMETER.equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
        if (declared) {
            return;
        }
        operation.addParameter(OASFactory.createParameter()
                .name(Language.PARAMETER)
                .in(Parameter.In.QUERY)
                .description("The language of `name` beside each pair of names (nameZh, nameEn); before "
                        + "Accept-Language. The answer's ETag then ends in -zh or -en.")
                .example("en")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .enumeration(List.of("zh", "en"))));
        operation.addParameter(OASFactory.createParameter()
                .name("Accept-Language")
                .in(Parameter.In.HEADER)
                .description("Read when `lang` is absent: the best of zh and en it names gives `name`")
                .example("en-US,en;q=0.9,zh;q=0.8")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .maxLength(200)));
    }

    /** The schemas written inline in an operation's answers. */
    static void inlineSchemas(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                response.getContent()
                        .getMediaTypes()
                        .values()
                        .forEach(media -> nameInTheLanguageAsked(media.getSchema()));
            }
        });
    }

    /** Adds {@code name} to this schema and every one nested in it that has nameZh or nameEn and no name. */
    static void nameInTheLanguageAsked(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (schema.getProperties() != null) {
            boolean named = schema.getProperties().containsKey("nameZh")
                    || schema.getProperties().containsKey("nameEn");
            if (named && !schema.getProperties().containsKey("name")) {
                schema.addProperty(
                        "name",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description(NAME_DESCRIPTION));
            }
            schema.getProperties().values().forEach(LanguageConventions::nameInTheLanguageAsked);
        }
        nameInTheLanguageAsked(schema.getItems());
        if (schema.getAdditionalPropertiesSchema() != null) {
            nameInTheLanguageAsked(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(LanguageConventions::nameInTheLanguageAsked);
            }
        }
    }
}
