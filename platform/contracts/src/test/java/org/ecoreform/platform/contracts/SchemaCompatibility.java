package org.ecoreform.platform.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a consumer written against the released schema could no longer rely on in the current one:
 * a property removed or renamed, a type, format or constant changed, a required property made
 * optional, an enum narrowed. Growth is allowed: new optional or required properties, new enum
 * values (consumers ignore what they do not know). Local {@code $ref}s are followed.
 */
final class SchemaCompatibility {

    private final JsonNode releasedRoot;
    private final JsonNode currentRoot;
    private final List<String> breaks = new ArrayList<>();

    private SchemaCompatibility(JsonNode releasedRoot, JsonNode currentRoot) {
        this.releasedRoot = releasedRoot;
        this.currentRoot = currentRoot;
    }

    /** The breaking changes from {@code released} to {@code current}, each with the JSON Pointer where it is; empty if compatible. */
    static List<String> breakingChanges(JsonNode released, JsonNode current) {
        SchemaCompatibility check = new SchemaCompatibility(released, current);
        check.compare("", released, current, new HashSet<>());
        return check.breaks;
    }

    private void compare(String at, JsonNode releasedNode, JsonNode currentNode, Set<String> seen) {
        JsonNode released = resolve(releasedRoot, releasedNode);
        JsonNode current = resolve(currentRoot, currentNode);
        if (!seen.add(at)) {
            return;
        }
        same(at, "type", released, current);
        same(at, "format", released, current);
        same(at, "const", released, current);
        if (released.has("enum")) {
            Set<JsonNode> allowed = new HashSet<>();
            current.path("enum").forEach(allowed::add);
            released.get("enum").forEach(value -> {
                if (current.has("enum") && !allowed.contains(value)) {
                    breaks.add(at + ": enum value " + value + " removed");
                }
            });
        }
        Set<String> required = new HashSet<>();
        current.path("required").forEach(name -> required.add(name.asText()));
        released.path("required").forEach(name -> {
            if (!required.contains(name.asText())) {
                breaks.add(at + ": " + name.asText() + " no longer required");
            }
        });
        released.path("properties").properties().forEach(property -> {
            String path = at + "/properties/" + property.getKey();
            JsonNode now = current.path("properties").get(property.getKey());
            if (now == null) {
                breaks.add(path + ": removed (or renamed)");
            } else {
                compare(path, property.getValue(), now, seen);
            }
        });
        if (released.has("items")) {
            if (!current.has("items")) {
                breaks.add(at + "/items: removed");
            } else {
                compare(at + "/items", released.get("items"), current.get("items"), seen);
            }
        }
    }

    private void same(String at, String keyword, JsonNode released, JsonNode current) {
        if (released.has(keyword) && !Objects.equals(released.get(keyword), current.get(keyword))) {
            breaks.add(at + ": " + keyword + " " + released.get(keyword) + " became " + current.get(keyword));
        }
    }

    /** Follows a local reference ({@code #/$defs/Label}); other nodes are returned as they are. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode resolved = node;
        for (int hops = 0; resolved.has("$ref") && hops < 16; hops++) {
            String ref = resolved.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            resolved = root.at(ref.substring(1));
            if (resolved.isMissingNode()) {
                throw new IllegalArgumentException("unresolvable reference " + ref);
            }
        }
        return resolved;
    }
}
