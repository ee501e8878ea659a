package org.ecoreform.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;

/** Writes spread over the three services (drills 1 and 2), straight to each owning service. */
final class SpreadWrites {

    private static final String PLAN = "630000-2021-106";

    private final LocalLauncher system;
    private final SystemClient http;
    private final String catalogueEditor;
    private final String qinghaiEditor;
    private final String indicatorEditor;

    SpreadWrites(
            LocalLauncher system,
            SystemClient http,
            String catalogueEditor,
            String qinghaiEditor,
            String indicatorEditor) {
        this.system = system;
        this.http = http;
        this.catalogueEditor = catalogueEditor;
        this.qinghaiEditor = qinghaiEditor;
        this.indicatorEditor = indicatorEditor;
    }

    /**
     * {@code count} writes, a third per service, each service writing a few aggregates of its own
     * (a create, then updates with If-Match). {@code fault} runs once {@code faultAfter} writes are acknowledged.
     */
    void run(
            int count,
            int round,
            Map<String, Long> versions,
            Set<String> changes,
            AtomicInteger acknowledged,
            Runnable fault,
            int faultAfter)
            throws Exception {
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger faulted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> writers = new ArrayList<>();
        for (Writer writer : List.of(new MeasureWriter(round), new AdoptionWriter(round), new TargetWriter(round))) {
            writers.add(pool.submit(() -> {
                while (issued.incrementAndGet() <= count) {
                    Written written = writer.next();
                    if (written != null) {
                        versions.merge(written.topic() + "|" + written.key(), written.version(), Math::max);
                        changes.add(written.topic() + "|" + written.key() + "|" + written.version());
                        if (acknowledged.incrementAndGet() == faultAfter && faulted.getAndIncrement() == 0) {
                            fault.run();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
    }

    private record Written(String topic, String key, long version) {}

    private interface Writer {
        /** One write; null when the service refused it (counted as a server error if 5xx). */
        Written next() throws Exception;
    }

    /** Creates a handful of aggregates, then updates them round robin. */
    private abstract class RoundRobinWriter implements Writer {
        private static final int AGGREGATES = 8;
        final int round;
        final List<String> ids = new ArrayList<>();
        final Map<String, Long> versions = new HashMap<>();
        int turn;

        RoundRobinWriter(int round) {
            this.round = round;
        }

        @Override
        public Written next() throws Exception {
            JsonNode answer;
            if (ids.size() < AGGREGATES) {
                answer = create(ids.size());
                if (answer == null) {
                    return null;
                }
                ids.add(answer.path("id").asText());
            } else {
                String id = ids.get(turn++ % AGGREGATES);
                answer = update(id, versions.get(id));
                if (answer == null) {
                    return null;
                }
            }
            String id = answer.path("id").asText();
            versions.put(id, answer.path("version").asLong());
            return new Written(topic(), id, answer.path("version").asLong());
        }

        abstract String topic();

        abstract JsonNode create(int index) throws Exception;

        abstract JsonNode update(String id, long version) throws Exception;
    }

    private final class MeasureWriter extends RoundRobinWriter {
        MeasureWriter(int round) {
            super(round);
        }

        String topic() {
            return "ecoreform.measures.v1";
        }

        JsonNode create(int index) throws Exception {
            return http.createMeasure(
                    system.baseUrl("measures-service"), catalogueEditor, "演练举措 " + round + "-" + index, "故障演练写入。");
        }

        JsonNode update(String id, long version) throws Exception {
            return http.write(
                    "PATCH",
                    system.baseUrl("measures-service") + "/api/v1/measures/" + id,
                    catalogueEditor,
                    "\"v" + version + "\"",
                    "application/merge-patch+json",
                    Map.of("content", "故障演练写入，第 " + (version + 1) + " 版。"),
                    200);
        }
    }

    private final class AdoptionWriter extends RoundRobinWriter {
        AdoptionWriter(int round) {
            super(round);
        }

        String topic() {
            return "ecoreform.adoptions.v1";
        }

        Map<String, Object> body(String actions) {
            return Map.of("measureIds", List.of("N2020-61"), "actions", actions, "responsibleUnits", List.of("省财政厅"));
        }

        JsonNode create(int index) throws Exception {
            Map<String, Object> body = new HashMap<>(body("演练落实措施 " + round + "-" + index));
            body.put("planId", PLAN);
            return http.write(
                    "POST",
                    system.baseUrl("adoption-service") + "/api/v1/adoptions",
                    qinghaiEditor,
                    null,
                    "application/json",
                    body,
                    201);
        }

        JsonNode update(String id, long version) throws Exception {
            return http.write(
                    "PUT",
                    system.baseUrl("adoption-service") + "/api/v1/adoptions/" + id,
                    qinghaiEditor,
                    "\"v" + version + "\"",
                    "application/json",
                    body("演练落实措施，第 " + (version + 1) + " 版"),
                    200);
        }
    }

    private final class TargetWriter extends RoundRobinWriter {
        TargetWriter(int round) {
            super(round);
        }

        String topic() {
            return "ecoreform.indicators.v1";
        }

        Map<String, Object> body(int year, int value) {
            return Map.of(
                    "province",
                    "620000",
                    "indicator",
                    "forest-coverage",
                    "comparator",
                    "≥",
                    "value",
                    value,
                    "year",
                    year);
        }

        JsonNode create(int index) throws Exception {
            return http.write(
                    "POST",
                    system.baseUrl("indicators-service") + "/api/v1/targets",
                    indicatorEditor,
                    null,
                    "application/json",
                    body(2041 + round * 10 + index, 12),
                    201);
        }

        JsonNode update(String id, long version) throws Exception {
            int year = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
            return http.write(
                    "PUT",
                    system.baseUrl("indicators-service") + "/api/v1/targets/" + id,
                    indicatorEditor,
                    "\"v" + version + "\"",
                    "application/json",
                    body(year, 12 + (int) (version % 5)),
                    200);
        }
    }
}
