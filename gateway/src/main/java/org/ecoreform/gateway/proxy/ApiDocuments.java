package org.ecoreform.gateway.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;

/**
 * One OpenAPI document of every public path and one AsyncAPI document of every topic, merged from
 * what each service publishes about itself — nothing is copied into the gateway, so a service's
 * change shows up here without a gateway release. Merged documents are kept for a minute.
 */
@ApplicationScoped
public class ApiDocuments {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private final ServiceCalls calls;
    private final ObjectMapper json;
    private final YAMLMapper yaml = new YAMLMapper();
    private final AtomicReference<Cached> openApi = new AtomicReference<>();
    private final AtomicReference<Cached> asyncApi = new AtomicReference<>();
    private final Clock clock;

    public ApiDocuments(ServiceCalls calls, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.calls = calls;
        this.json = json;
    }

    private record Cached(Instant at, byte[] body) {}

    /**
     * The gateway's own document (views, changes) merged with every service's paths and schemas,
     * with the gateway's rate limit on every operation.
     */
    public byte[] openApi(Source gatewayOwn) {
        return cached(openApi, () -> {
            Map<String, JsonNode> services = new LinkedHashMap<>();
            for (String service : OpenApiMerge.SERVICES) {
                services.put(service, json.readTree(fetch(service, "/q/openapi?format=json")));
            }
            return json.writeValueAsBytes(
                    new OpenApiMerge(json).publicDocument(json.readTree(gatewayOwn.read()), services));
        });
    }

    /** A JSON document as YAML. */
    public byte[] asYaml(byte[] document) {
        try {
            return yaml.writeValueAsBytes(json.readTree(document));
        } catch (IOException e) {
            throw new IllegalStateException("the document could not be written as YAML", e);
        }
    }

    /** The three services' AsyncAPI documents as one: every channel, operation and message. */
    public byte[] asyncApi() {
        return cached(asyncApi, () -> {
            ObjectNode merged = yaml.createObjectNode();
            merged.put("asyncapi", "3.0.0");
            merged.putObject("info")
                    .put("title", "ecoreform change events")
                    .put("version", "1.0.0")
                    .put(
                            "description",
                            "Every topic of ecoreform: CloudEvents 1.0 (Kafka binary mode), compacted, key = aggregate id, value = the "
                                    + "aggregate's full state with a per-aggregate version. Merged by the "
                                    + "gateway from each service's document.");
            merged.put("defaultContentType", "application/json");
            for (String service : List.of("measures", "adoption", "indicators")) {
                JsonNode doc = yaml.readTree(fetch(service, "/asyncapi.yaml"));
                mergeObject(merged.with("servers"), doc.path("servers"));
                mergeObject(merged.with("channels"), doc.path("channels"));
                mergeObject(merged.with("operations"), doc.path("operations"));
                mergeObject(merged.with("components").with("messages"), doc.at("/components/messages"));
                mergeObject(merged.with("components").with("schemas"), doc.at("/components/schemas"));
            }
            return yaml.writeValueAsBytes(merged);
        });
    }

    private byte[] fetch(String service, String path) {
        ServiceCalls.Answer answer = calls.get(service, path, Map.of());
        if (answer.status() != 200) {
            throw new ApiException(ProblemKind.UNAVAILABLE, service + "-service did not publish its API document");
        }
        return answer.body();
    }

    private static void mergeObject(ObjectNode target, JsonNode source) {
        if (source != null && source.isObject()) {
            source.properties().forEach(e -> {
                if (!target.has(e.getKey())) {
                    target.set(e.getKey(), e.getValue());
                }
            });
        }
    }

    /** The gateway's own document, read only when the merged one is not cached. */
    public interface Source {
        byte[] read() throws IOException;
    }

    private interface Merge {
        byte[] run() throws IOException;
    }

    private byte[] cached(AtomicReference<Cached> holder, Merge merge) {
        Cached current = holder.get();
        if (current != null && current.at().plus(KEEP).isAfter(clock.instant())) {
            return current.body();
        }
        try {
            byte[] body = merge.run();
            holder.set(new Cached(clock.instant(), body));
            return body;
        } catch (IOException e) {
            throw new IllegalStateException("API documents could not be merged", e);
        }
    }
}
