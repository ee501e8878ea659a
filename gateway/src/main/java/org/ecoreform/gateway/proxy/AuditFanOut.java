package org.ecoreform.gateway.proxy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.problem.ApiException;

/**
 * One audit trail over the three services: each service's page is fetched with the same filters
 * and the pages are merged newest first. The gateway's cursor remembers, per service, where its
 * own trail continues (its nextCursor, or a cursor after the last entry shown), so paging through
 * the merged trail shows every entry of every service exactly once.
 */
@ApplicationScoped
public class AuditFanOut {

    public static final List<String> SERVICES = List.of("measures", "adoption", "indicators");
    private static final Comparator<ObjectNode> NEWEST_FIRST = Comparator.comparing(
                    (ObjectNode e) -> e.path("occurredAt").asText())
            .reversed()
            .thenComparing(e -> e.path("service").asText())
            .thenComparing(
                    Comparator.comparingLong((ObjectNode e) -> e.path("id").asLong())
                            .reversed());

    private final ServiceCalls calls;
    private final ObjectMapper mapper;

    public AuditFanOut(ServiceCalls calls, ObjectMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
    }

    /** A merged page, or the first service's refusal (401, 403, 400 …) as it answered. */
    public sealed interface Result permits Merged, Refused {}

    /** {@code total}: the sum of the services' totals, when asked for ({@code count}), else null. */
    public record Merged(List<ObjectNode> items, String nextCursor, Long total) implements Result {}

    public record Refused(ServiceCalls.Answer answer) implements Result {}

    public Result read(
            List<String> services,
            Map<String, String> filters,
            String limit,
            String cursor,
            boolean count,
            Map<String, String> headers) {
        int pageSize = PageRequest.parse(limit, null).limit();
        Map<String, String> positions = decode(cursor, services);
        Map<String, List<ObjectNode>> pages = new LinkedHashMap<>();
        Map<String, String> serviceNext = new LinkedHashMap<>();
        long total = 0;
        for (String service : services) {
            boolean readToItsEnd = cursor != null && !positions.containsKey(service);
            if (readToItsEnd && !count) {
                continue;
            }
            // a trail read to its end is asked for its count alone (one entry)
            ServiceCalls.Answer answer = calls.get(
                    service,
                    "/api/v1/audit"
                            + query(filters, readToItsEnd ? 1 : pageSize, positions.get(service))
                            + (count ? "&count=true" : ""),
                    headers);
            if (answer.status() != 200) {
                return new Refused(answer);
            }
            JsonNode page = parse(answer.body());
            total += page.path("total").asLong(0);
            if (readToItsEnd) {
                continue;
            }
            List<ObjectNode> items = new ArrayList<>();
            page.path("items").forEach(item -> items.add(((ObjectNode) item).put("service", service)));
            pages.put(service, items);
            serviceNext.put(
                    service,
                    page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null);
        }
        List<ObjectNode> merged = pages.values().stream()
                .flatMap(List::stream)
                .sorted(NEWEST_FIRST)
                .limit(pageSize)
                .toList();
        Map<String, String> next = new LinkedHashMap<>();
        pages.forEach((service, items) -> {
            long shown = merged.stream()
                    .filter(e -> service.equals(e.path("service").asText()))
                    .count();
            if (shown < items.size()) {
                String resumeAt = shown == 0
                        ? positions.get(service)
                        : PageRequest.encode(
                                items.get((int) shown - 1).path("id").asText());
                next.put(service, resumeAt == null ? "" : resumeAt);
            } else if (serviceNext.get(service) != null) {
                next.put(service, serviceNext.get(service));
            }
        });
        return new Merged(merged, next.isEmpty() ? null : encode(next), count ? total : null);
    }

    private String query(Map<String, String> filters, int limit, String position) {
        StringBuilder query = new StringBuilder("?limit=").append(limit);
        filters.forEach((name, value) ->
                query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (position != null && !position.isEmpty()) {
            query.append("&cursor=").append(URLEncoder.encode(position, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private String encode(Map<String, String> positions) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mapper.writeValueAsBytes(positions));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per service, where to continue ("" = from its start); a cursor of another shape is a 400. */
    private Map<String, String> decode(String cursor, List<String> services) {
        if (cursor == null || cursor.isBlank()) {
            Map<String, String> fromStart = new LinkedHashMap<>();
            services.forEach(service -> fromStart.put(service, ""));
            return fromStart;
        }
        try {
            Map<String, String> positions =
                    mapper.readValue(Base64.getUrlDecoder().decode(cursor), new TypeReference<>() {});
            if (!SERVICES.containsAll(positions.keySet())) {
                throw new IllegalArgumentException("unknown service");
            }
            return positions;
        } catch (IOException | IllegalArgumentException e) {
            throw ApiException.badRequest("cursor", "is not a cursor issued by this API");
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("a service answered its audit trail with invalid JSON", e);
        }
    }
}
