package org.ecoreform.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bson.Document;
import org.ecoreform.gateway.event.Topics;
import org.ecoreform.gateway.event.ViewStore;
import org.ecoreform.platform.http.EntityTags;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.reference.Provinces;

/**
 * Composes the public views from the read models. Composition works on a snapshot of the store
 * that is rebuilt only when a change was applied; each composed view is serialised once per
 * snapshot and then served from bytes, with a strong ETag over those bytes.
 */
@ApplicationScoped
public class ViewService {

    private static final String WITHDRAWN = "withdrawn";
    private static final String RETIRED = "retired";
    private static final int RANKED = 10;

    private final ViewStore store;
    private final ObjectMapper mapper;
    private final ViewMetrics metrics;
    private volatile Snapshot snapshot;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    public ViewService(ViewStore store, ObjectMapper mapper, ViewMetrics metrics) {
        this.store = store;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    /** A serialised view and its tag; {@code etagHeader} is the tag as sent, quoted once here. */
    public record Rendered(long revision, byte[] body, EntityTag tag, String etagHeader) {

        Rendered(long revision, byte[] body, EntityTag tag) {
            this(revision, body, tag, '"' + tag.getValue() + '"');
        }
    }

    /** Which view, for which id, with which fields: the cache key of a rendered view. */
    public record ViewKey(String kind, String id, Set<String> fields, String cacheKey) {

        private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[A-Za-z]{1,40}");

        /** The cache key is built once here, not on every request that looks the view up. */
        public static ViewKey of(String kind, String id, Set<String> fields) {
            String selection = fields.isEmpty() ? "" : String.join(",", new java.util.TreeSet<>(fields));
            return new ViewKey(kind, id, Set.copyOf(fields), kind + ":" + id + "?" + selection);
        }

        /** A key from the request's {@code fields} parameter (comma-separated top-level names, or none). */
        public static ViewKey of(String kind, String id, String fieldsParameter) {
            return of(kind, id, fields(fieldsParameter));
        }

        private static Set<String> fields(String fields) {
            if (fields == null || fields.isBlank()) {
                return Set.of();
            }
            Set<String> names = new java.util.HashSet<>();
            for (String name : fields.split(",")) {
                String field = name.strip();
                if (field.isEmpty()) {
                    continue;
                }
                if (!FIELD.matcher(field).matches()) {
                    throw ApiException.badRequest("fields", "must be comma-separated field names");
                }
                names.add(field);
            }
            return names;
        }
    }

    /** The view as already rendered for the store's current revision, if it is; never blocks. */
    public java.util.Optional<Rendered> cached(ViewKey key) {
        Rendered cached = rendered.get(key.cacheKey());
        return cached != null && cached.revision() == store.revision() ? java.util.Optional.of(cached) : java.util.Optional.empty();
    }

    /** Renders a view (reading the store when it changed); may block. */
    public Rendered render(ViewKey key) {
        return switch (key.kind()) {
            case "province" -> {
                requireProvince(key.id());
                yield render(key, s -> provinceProfile(s, key.id()));
            }
            case "gaps" -> {
                requireProvince(key.id());
                yield render(key, s -> gaps(s, key.id()));
            }
            case "measure" -> render(key, s -> {
                if (!s.measures.containsKey(key.id())) {
                    throw ApiException.notFound("measure", key.id());
                }
                return measure(s, key.id());
            });
            case "overview" -> render(key, this::overview);
            default -> throw new IllegalArgumentException(key.kind());
        };
    }

    // ---- composition

    private ObjectNode provinceProfile(Snapshot s, String code) {
        ObjectNode view = mapper.createObjectNode();
        view.set("province", label(code));
        List<JsonNode> records = s.adoptionsOf(code);
        Map<String, ObjectNode> plans = new LinkedHashMap<>();
        for (JsonNode r : records) {
            ObjectNode plan = plans.computeIfAbsent(r.path("planId").asText(), id -> {
                ObjectNode p = mapper.createObjectNode().put("id", id);
                p.putNull("documentNumber");
                p.put("records", 0);
                p.set("statusCounts", mapper.createObjectNode());
                return p;
            });
            String document = r.at("/provenance/document").asText();
            if (!"api".equals(document) && plan.path("documentNumber").isNull()) {
                plan.put("documentNumber", document);
            }
            plan.put("records", plan.path("records").asInt() + 1);
            ObjectNode counts = (ObjectNode) plan.get("statusCounts");
            counts.put(r.path("status").asText(), counts.path(r.path("status").asText()).asInt() + 1);
        }
        view.set("plans", mapper.valueToTree(plans.values()));
        Set<String> adopted = s.liveAdoptedMeasures(code);
        ArrayNode categories = view.putArray("categories");
        int adoptedTotal = 0;
        int catalogueTotal = 0;
        for (Map.Entry<String, List<JsonNode>> category : s.activeByCategory().entrySet()) {
            JsonNode label = category.getValue().get(0).path("category");
            int inCatalogue = category.getValue().size();
            int adoptedHere = (int) category.getValue().stream().filter(m -> adopted.contains(m.path("id").asText())).count();
            adoptedTotal += adoptedHere;
            catalogueTotal += inCatalogue;
            ObjectNode c = categories.addObject();
            c.put("id", category.getKey()).put("nameZh", label.path("nameZh").asText()).put("nameEn", label.path("nameEn").asText())
                    .put("catalogue", inCatalogue).put("adopted", adoptedHere);
            ArrayNode rows = c.putArray("records");
            records.stream().filter(r -> category.getKey().equals(s.categoryOf(r))).forEach(r -> rows.addObject()
                    .put("id", r.path("id").asText()).put("name", r.path("name").asText()).put("status", r.path("status").asText())
                    .put("measureRetired", r.path("measureRetired").asBoolean())
                    .set("measureIds", ids(r.path("measures"))));
        }
        view.putObject("coverage").put("adopted", adoptedTotal).put("catalogue", catalogueTotal);
        ArrayNode targets = view.putArray("targets");
        Map<String, Integer> attainment = new TreeMap<>();
        for (JsonNode t : s.targetsOf(code)) {
            ObjectNode target = targets.addObject();
            for (String field : List.of("id", "indicator", "comparator", "value", "unit", "year", "latestObservation", "attainment")) {
                if (t.has(field)) {
                    target.set(field, t.get(field));
                }
            }
            attainment.merge(t.at("/attainment/status").asText(), 1, Integer::sum);
        }
        view.set("attainmentCounts", mapper.valueToTree(attainment));
        return view;
    }

    private ObjectNode gaps(Snapshot s, String code) {
        Set<String> adopted = s.liveAdoptedMeasures(code);
        Map<String, Integer> adopters = s.adopterCounts();
        ObjectNode view = mapper.createObjectNode();
        view.set("province", label(code));
        ArrayNode groups = view.putArray("categories");
        int total = 0;
        for (Map.Entry<String, List<JsonNode>> category : s.activeByCategory().entrySet()) {
            List<JsonNode> missing = category.getValue().stream().filter(m -> !adopted.contains(m.path("id").asText()))
                    .sorted(Comparator.comparingInt((JsonNode m) -> -adopters.getOrDefault(m.path("id").asText(), 0))
                            .thenComparing(m -> m.path("id").asText()))
                    .toList();
            if (missing.isEmpty()) {
                continue;
            }
            total += missing.size();
            JsonNode label = category.getValue().get(0).path("category");
            ObjectNode group = groups.addObject().put("id", category.getKey())
                    .put("nameZh", label.path("nameZh").asText()).put("nameEn", label.path("nameEn").asText());
            ArrayNode measures = group.putArray("measures");
            missing.forEach(m -> measures.addObject().put("id", m.path("id").asText()).put("name", m.path("name").asText())
                    .put("adoptedBy", adopters.getOrDefault(m.path("id").asText(), 0)));
        }
        view.put("gapCount", total);
        return view;
    }

    private ObjectNode measure(Snapshot s, String id) {
        ObjectNode view = mapper.createObjectNode();
        view.set("measure", s.measures.get(id));
        ArrayNode adopters = view.putArray("adopters");
        Set<String> provinces = new LinkedHashSet<>();
        s.adoptions.stream().filter(r -> contains(r.path("measures"), id))
                .sorted(Comparator.comparing((JsonNode r) -> r.at("/province/id").asText()).thenComparing(r -> r.path("id").asText()))
                .forEach(r -> {
                    adopters.addObject().<ObjectNode>set("province", r.path("province"))
                            .put("recordId", r.path("id").asText()).put("planId", r.path("planId").asText())
                            .put("status", r.path("status").asText()).put("scope", r.path("scope").asText());
                    if (!WITHDRAWN.equals(r.path("status").asText())) {
                        provinces.add(r.at("/province/id").asText());
                    }
                });
        view.put("adoptingProvinces", provinces.size());
        return view;
    }

    private ObjectNode overview(Snapshot s) {
        ObjectNode view = mapper.createObjectNode();
        ArrayNode categories = view.putArray("categories");
        s.activeByCategory().forEach((id, measures) -> categories.addObject().put("id", id)
                .put("nameZh", measures.get(0).at("/category/nameZh").asText())
                .put("nameEn", measures.get(0).at("/category/nameEn").asText())
                .put("catalogue", measures.size()));
        ArrayNode matrix = view.putArray("provinces");
        Set<String> adoptingProvinces = new java.util.TreeSet<>();
        s.adoptions.forEach(r -> adoptingProvinces.add(r.at("/province/id").asText()));
        for (String code : adoptingProvinces) {
            Set<String> adopted = s.liveAdoptedMeasures(code);
            ObjectNode row = matrix.addObject();
            row.set("province", label(code));
            ObjectNode perCategory = row.putObject("adoptedByCategory");
            s.activeByCategory().forEach((id, measures) -> perCategory.put(id,
                    (int) measures.stream().filter(m -> adopted.contains(m.path("id").asText())).count()));
            row.put("adopted", adopted.stream().filter(s.measures::containsKey).count());
        }
        Map<String, Integer> adopters = s.adopterCounts();
        List<JsonNode> active = s.activeByCategory().values().stream().flatMap(List::stream).toList();
        Comparator<JsonNode> byAdopters = Comparator.comparingInt(m -> adopters.getOrDefault(m.path("id").asText(), 0));
        view.set("mostAdopted", ranked(active.stream().sorted(byAdopters.reversed().thenComparing(m -> m.path("id").asText())).limit(RANKED).toList(), adopters));
        view.set("leastAdopted", ranked(active.stream().sorted(byAdopters.thenComparing(m -> m.path("id").asText())).limit(RANKED).toList(), adopters));
        ArrayNode attainment = view.putArray("attainment");
        Map<String, Map<String, Integer>> perProvince = new TreeMap<>();
        s.targets.forEach(t -> perProvince.computeIfAbsent(t.at("/province/id").asText(), k -> new TreeMap<>())
                .merge(t.at("/attainment/status").asText(), 1, Integer::sum));
        perProvince.forEach((code, counts) -> attainment.addObject().<ObjectNode>set("province", label(code))
                .set("counts", mapper.valueToTree(counts)));
        return view;
    }

    private ArrayNode ranked(List<JsonNode> measures, Map<String, Integer> adopters) {
        ArrayNode list = mapper.createArrayNode();
        measures.forEach(m -> list.addObject().put("id", m.path("id").asText()).put("name", m.path("name").asText())
                .put("categoryId", m.at("/category/id").asText()).put("adoptedBy", adopters.getOrDefault(m.path("id").asText(), 0)));
        return list;
    }

    // ---- snapshot and rendering

    /**
     * A view is composed from one snapshot and labelled with that snapshot's revision. The snapshot
     * read its revision before its states, so a rendering is never older than its label, and one
     * labelled with the store's current revision may be served as it is. (Labelling it with a
     * revision read after the snapshot let a change slip in between: a view composed before a
     * change was then served as current until the next change.)
     */
    private Rendered render(ViewKey key, Function<Snapshot, ObjectNode> compose) {
        Snapshot s = current();
        String cacheKey = key.cacheKey();
        Rendered cached = rendered.get(cacheKey);
        if (cached != null && cached.revision() == s.revision) {
            return cached;
        }
        Rendered fresh = metrics.timeComposition(() -> {
            ObjectNode view = compose.apply(s);
            if (!key.fields().isEmpty()) {
                view.retain(key.fields());
            }
            try {
                byte[] body = mapper.writeValueAsBytes(view);
                return new Rendered(s.revision, body, EntityTags.ofContent(body));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        if (rendered.size() > 10_000) {
            rendered.clear();
        }
        rendered.put(cacheKey, fresh);
        return fresh;
    }

    private Snapshot current() {
        long revision = store.revision();
        Snapshot s = snapshot;
        if (s == null || s.revision != revision) {
            s = new Snapshot(revision, states(Topics.MEASURES), states(Topics.ADOPTIONS), states(Topics.INDICATORS));
            snapshot = s;
        }
        return s;
    }

    private List<JsonNode> states(Topics topic) {
        List<JsonNode> states = new ArrayList<>();
        for (Document d : store.all(topic)) {
            try {
                states.add(mapper.readTree(d.get("state", Document.class).toJson()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return states;
    }

    private ObjectNode label(String code) {
        Provinces.Province p = Provinces.all().byCode(code).orElseThrow(() -> ApiException.notFound("province", code));
        return mapper.createObjectNode().put("id", p.code()).put("nameZh", p.nameZh()).put("nameEn", p.nameEn());
    }

    private static void requireProvince(String code) {
        if (Provinces.all().byCode(code).isEmpty()) {
            throw ApiException.notFound("province", code);
        }
    }

    private ArrayNode ids(JsonNode measures) {
        ArrayNode ids = mapper.createArrayNode();
        measures.forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    private static boolean contains(JsonNode measures, String id) {
        for (JsonNode m : measures) {
            if (id.equals(m.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The read models as read after the store reached {@code revision} (never older), with the indices the views need. */
    private static final class Snapshot {
        final long revision;
        final Map<String, JsonNode> measures = new LinkedHashMap<>();
        final List<JsonNode> adoptions;
        final List<JsonNode> targets;
        private Map<String, List<JsonNode>> activeByCategory;
        private Map<String, Integer> adopterCounts;

        Snapshot(long revision, List<JsonNode> measures, List<JsonNode> adoptions, List<JsonNode> targets) {
            this.revision = revision;
            measures.forEach(m -> this.measures.put(m.path("id").asText(), m));
            this.adoptions = adoptions;
            this.targets = targets;
        }

        synchronized Map<String, List<JsonNode>> activeByCategory() {
            if (activeByCategory == null) {
                Map<String, List<JsonNode>> byCategory = new TreeMap<>();
                measures.values().stream().filter(m -> !RETIRED.equals(m.path("status").asText()))
                        .forEach(m -> byCategory.computeIfAbsent(m.at("/category/id").asText(), k -> new ArrayList<>()).add(m));
                activeByCategory = byCategory;
            }
            return activeByCategory;
        }

        /** Number of provinces with a live record adopting each measure. */
        synchronized Map<String, Integer> adopterCounts() {
            if (adopterCounts == null) {
                Map<String, Set<String>> provinces = new HashMap<>();
                adoptions.stream().filter(r -> !WITHDRAWN.equals(r.path("status").asText()))
                        .forEach(r -> r.path("measures").forEach(m -> provinces.computeIfAbsent(m.path("id").asText(), k -> new LinkedHashSet<>())
                                .add(r.at("/province/id").asText())));
                Map<String, Integer> counts = new HashMap<>();
                provinces.forEach((id, set) -> counts.put(id, set.size()));
                adopterCounts = counts;
            }
            return adopterCounts;
        }

        List<JsonNode> adoptionsOf(String province) {
            return adoptions.stream().filter(r -> province.equals(r.at("/province/id").asText()))
                    .sorted(Comparator.comparing((JsonNode r) -> r.path("planId").asText()).thenComparingInt(r -> r.path("rowNumber").asInt()))
                    .toList();
        }

        List<JsonNode> targetsOf(String province) {
            return targets.stream().filter(t -> province.equals(t.at("/province/id").asText())).toList();
        }

        Set<String> liveAdoptedMeasures(String province) {
            Set<String> ids = new LinkedHashSet<>();
            adoptions.stream().filter(r -> province.equals(r.at("/province/id").asText()) && !WITHDRAWN.equals(r.path("status").asText()))
                    .forEach(r -> r.path("measures").forEach(m -> ids.add(m.path("id").asText())));
            return ids;
        }

        String categoryOf(JsonNode record) {
            String category = record.at("/category/id").asText(null);
            if (category != null) {
                return category;
            }
            JsonNode first = record.path("measures").path(0);
            JsonNode measure = measures.get(first.path("id").asText());
            return measure == null ? null : measure.at("/category/id").asText();
        }
    }
}
