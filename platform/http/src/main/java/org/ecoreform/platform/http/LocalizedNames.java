package org.ecoreform.platform.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Adds {@code name}, in the language asked, to every object of a JSON answer that carries
 * {@code nameZh} or {@code nameEn} (provinces, categories, departments, indicators …). Nothing else
 * changes: numbers are read back exactly as written, and an object that has a {@code name} of its
 * own keeps it.
 */
public final class LocalizedNames {

    private static final ObjectMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private LocalizedNames() {}

    public static byte[] add(byte[] json, Language language) {
        try {
            JsonNode tree = TREES.readTree(json);
            add(tree, language);
            return TREES.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON answer could not be read back", e);
        }
    }

    static void add(JsonNode node, Language language) {
        if (node instanceof ObjectNode object) {
            if ((object.has("nameZh") || object.has("nameEn")) && !object.has("name")) {
                object.put("name", language.pick(text(object.get("nameZh")), text(object.get("nameEn"))));
            }
            object.elements().forEachRemaining(child -> add(child, language));
        } else if (node != null && node.isArray()) {
            node.forEach(child -> add(child, language));
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
