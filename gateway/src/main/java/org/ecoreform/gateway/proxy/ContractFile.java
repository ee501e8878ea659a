package org.ecoreform.gateway.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the public OpenAPI document at build time, as the gateway serves it, from the documents
 * the builds store ({@code quarkus.smallrye-openapi.store-schema-directory}): the clients are
 * generated from it without a running system. Run by the gateway's build after its Quarkus build.
 * Arguments: the repository root and the file to write.
 */
public final class ContractFile {

    private ContractFile() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, JsonNode> services = new LinkedHashMap<>();
        for (String service : OpenApiMerge.SERVICES) {
            services.put(
                    service, json.readTree(stored(root, service + "-service").toFile()));
        }
        JsonNode gateway = json.readTree(stored(root, "gateway").toFile());
        Files.createDirectories(out.getParent());
        json.writeValue(out.toFile(), new OpenApiMerge(json).publicDocument(gateway, services));
    }

    private static Path stored(Path root, String module) {
        Path document = root.resolve(module).resolve("target/openapi/openapi.json");
        if (!Files.isRegularFile(document)) {
            throw new IllegalStateException(document + " is missing: build " + module + " first");
        }
        return document;
    }
}
