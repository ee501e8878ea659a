package org.ecoreform.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;

/**
 * A national data set, loaded through the public API as provinces would load theirs: every one of
 * the 31 provinces commits {@code plansPerProvince} adoption notices (Qinghai's table, shipped with
 * adoption-service, under its own province code and document number), every province without
 * targets gets a few, and every target's indicator gets a yearly observation over {@code years}.
 */
final class NationalDataSet {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Qinghai's notice as adoption-service ships it; its table starts at the first header row. */
    static final Path QINGHAI_NOTICE =
            Path.of("adoption-service/src/main/resources/reference/002_05979245d1a96796.txt");

    private static final int TARGETS_PER_PROVINCE = 5;

    record Loaded(int provinces, int plans, int records, int targets, int observations, long millis) {}

    private final LocalLauncher system;
    private final SystemClient client;

    NationalDataSet(LocalLauncher system, SystemClient client) {
        this.system = system;
        this.client = client;
    }

    Loaded load(int plansPerProvince, int years) throws Exception {
        long start = System.nanoTime();
        String table = table();
        String admin = system.token("bench-admin", "admin", null);
        List<JsonNode> provinces = new ArrayList<>();
        get("/api/v1/provinces").path("items").forEach(provinces::add);
        AtomicInteger plans = new AtomicInteger();
        AtomicInteger records = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> imports = new ArrayList<>();
            for (int p = 0; p < provinces.size(); p++) {
                JsonNode province = provinces.get(p);
                int index = p;
                for (int k = 1; k <= plansPerProvince; k++) {
                    int year = 2021 + k;
                    imports.add(pool.submit(() -> {
                        String body = JSON.writeValueAsString(Map.of(
                                "plan",
                                Map.of(
                                        "province",
                                        province.path("code").asText(),
                                        "issuingBody",
                                        province.path("nameZh").asText() + "发展和改革委员会",
                                        "documentNumber",
                                        "基准生态〔" + year + "〕" + (500 + index) + "号",
                                        "issuedOn",
                                        year + "-03-01",
                                        "title",
                                        "关于推广国家生态文明试验区改革举措的通知（基准测试）"),
                                "text",
                                table));
                        JsonNode report = send("POST", "/api/v1/imports?commit=true", admin, body, 201);
                        plans.incrementAndGet();
                        records.addAndGet(report.path("summary").path("stored").asInt());
                        return null;
                    }));
                }
            }
            for (Future<?> f : imports) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        int[] targetsAndObservations = targetsAndObservations(provinces, years);
        return new Loaded(
                provinces.size(),
                plans.get(),
                records.get(),
                targetsAndObservations[0],
                targetsAndObservations[1],
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Targets where a province has none, then an observation per year for every indicator a province has targets for. */
    private int[] targetsAndObservations(List<JsonNode> provinces, int years) throws Exception {
        String indicatorEditor = system.token("bench-indicators", "indicator-editor", null);
        List<JsonNode> indicators = new ArrayList<>();
        get("/api/v1/indicators?limit=500").path("items").forEach(i -> {
            if (i.hasNonNull("unit") && indicators.size() < TARGETS_PER_PROVINCE) {
                indicators.add(i);
            }
        });
        Random random = new Random(2020);
        int targets = 0;
        int observations = 0;
        for (JsonNode province : provinces) {
            String code = province.path("code").asText();
            Set<String> indicatorIds = new LinkedHashSet<>();
            get("/api/v1/targets?limit=500&province=" + code)
                    .path("items")
                    .forEach(t -> indicatorIds.add(t.at("/indicator/id").asText()));
            if (indicatorIds.isEmpty()) {
                for (JsonNode indicator : indicators) {
                    boolean higher = "higher".equals(indicator.path("direction").asText());
                    String body = JSON.writeValueAsString(Map.of(
                            "province",
                            code,
                            "indicator",
                            indicator.path("id").asText(),
                            "comparator",
                            higher ? "≥" : "≤",
                            "value",
                            40 + random.nextInt(40),
                            "year",
                            2025,
                            "baselineValue",
                            30 + random.nextInt(40),
                            "baselineYear",
                            2015));
                    send("POST", "/api/v1/targets", indicatorEditor, body, 201);
                    indicatorIds.add(indicator.path("id").asText());
                    targets++;
                }
            }
            String editor = system.token("bench-" + code, "province-editor", code);
            // the published values of the reference data are observations already: they are kept, not reported again
            Set<String> observed = new LinkedHashSet<>();
            get("/api/v1/observations?limit=500&province=" + code)
                    .path("items")
                    .forEach(o -> observed.add(o.path("id").asText()));
            for (String indicator : indicatorIds) {
                for (int year = 2020 - years + 1; year <= 2020; year++) {
                    if (observed.contains(code + "-" + indicator + "-" + year)) {
                        continue;
                    }
                    String body = JSON.writeValueAsString(Map.of(
                            "province",
                            code,
                            "indicator",
                            indicator,
                            "period",
                            year,
                            "value",
                            30 + random.nextInt(50),
                            "status",
                            "verified",
                            "source",
                            code + "统计年鉴" + (year + 1)));
                    send("POST", "/api/v1/observations", editor, body, 201);
                    observations++;
                }
            }
        }
        return new int[] {targets, observations};
    }

    /** Qinghai's table: from its first header row (名称, 来源, …) to the end of the notice. */
    static String table() throws Exception {
        List<String> lines = Files.readAllLines(QINGHAI_NOTICE, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("名称\t来源")) {
                return String.join("\n", lines.subList(i, lines.size()));
            }
        }
        throw new IllegalStateException("no table in " + QINGHAI_NOTICE);
    }

    private JsonNode get(String path) throws Exception {
        return send("GET", path, null, null, 200);
    }

    private JsonNode send(String method, String path, String token, String body, int expected) throws Exception {
        String answer = client.exchange(
                        method, path, token, body == null ? null : "application/json", body, expected, null)
                .body();
        return answer.isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer);
    }
}
