package org.ecoreform.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.gateway.views.ViewKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Views updated event by event equal, byte for byte, views built from scratch out of the same
 * final states: random creates, changes, retirements, withdrawals, moves between measures and
 * provinces, deletions, duplicates and redeliveries of older versions.
 */
@Execution(ExecutionMode.CONCURRENT) // starts nothing shared: runs beside the Quarkus tests
class IncrementalViewsTest {

    private static final List<String> PROVINCES = List.of("630000", "360000", "520000", "460000", "350000");
    private static final List<String> STATUSES =
            List.of("planned", "in-progress", "implemented", "suspended", "withdrawn");
    private static final List<String> ATTAINMENT = List.of("met", "on-track", "at-risk", "missed", "no-data");

    /** One aggregate's published history: its states by version, null for a deletion. */
    private record Aggregate(Topics topic, String key, List<String> states) {}

    @Test
    void incrementalViewsEqualViewsRebuiltFromTheFinalStates() {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            Map<String, Aggregate> aggregates = new LinkedHashMap<>();
            try (ViewHarness incremental = new ViewHarness("incremental")) {
                // one event at a time, as a live stream comes, except steps 100 to 249: one large batch, as a catch-up
                // reads them (applied in bulk), duplicates and older versions included
                List<Object[]> catchUp = new ArrayList<>();
                for (int step = 0; step < 300; step++) {
                    Object[] record = deliver(random, aggregates);
                    if (step >= 100 && step < 250) {
                        catchUp.add(record);
                        if (step == 249) {
                            incremental.deliver(catchUp);
                        }
                    } else {
                        incremental.deliver(List.<Object[]>of(record));
                    }
                }
                Map<String, String> before = allViews(incremental);

                try (ViewHarness scratch = new ViewHarness("scratch")) {
                    aggregates.values().forEach(a -> scratch.apply(a.topic(), a.key(), last(a)));
                    assertThat(allViews(scratch))
                            .as("seed %d: from scratch", seed)
                            .isEqualTo(before);
                }
                incremental.wipe();
                // a rebuild reads the compacted topics in large batches (compaction may have dropped the tombstones)
                incremental.deliver(aggregates.values().stream()
                        .filter(a -> last(a) != null)
                        .map(a -> new Object[] {a.topic(), a.key(), last(a)})
                        .toList());
                assertThat(allViews(incremental))
                        .as("seed %d: rebuilt in place, in bulk", seed)
                        .isEqualTo(before);
                assertAgreesWithAModel(before, aggregates);
            }
        }
    }

    /** One step: a new version of some aggregate, or a duplicate, or an older version delivered again ({@code [topic, key, json]}). */
    private static Object[] deliver(Random random, Map<String, Aggregate> aggregates) {
        int choice = random.nextInt(10);
        if (choice < 6 || aggregates.isEmpty()) {
            Aggregate aggregate = nextVersion(random, aggregates);
            return new Object[] {aggregate.topic(), aggregate.key(), last(aggregate)};
        }
        List<Aggregate> all = new ArrayList<>(aggregates.values());
        Aggregate aggregate = all.get(random.nextInt(all.size()));
        int version = choice < 8
                ? aggregate.states().size() - 1
                : random.nextInt(aggregate.states().size());
        return new Object[] {
            aggregate.topic(), aggregate.key(), aggregate.states().get(version)
        };
    }

    private static Aggregate nextVersion(Random random, Map<String, Aggregate> aggregates) {
        int kind = random.nextInt(10);
        Aggregate aggregate;
        if (kind < 2) {
            String id = "N2020-%02d".formatted(1 + random.nextInt(12));
            aggregate = aggregates.computeIfAbsent(id, k -> new Aggregate(Topics.MEASURES, k, new ArrayList<>()));
            long version = aggregate.states().size() + 1;
            aggregate
                    .states()
                    .add(ViewEvents.measure(
                            id,
                            version,
                            "举措名" + random.nextInt(3),
                            random.nextInt(5) == 0 ? "retired" : "active",
                            "C0" + (1 + random.nextInt(3))));
        } else if (kind < 8) {
            String id = "R" + random.nextInt(40);
            aggregate = aggregates.computeIfAbsent(id, k -> new Aggregate(Topics.ADOPTIONS, k, new ArrayList<>()));
            if (last(aggregate) == null && !aggregate.states().isEmpty()) {
                return aggregate; // deleted: ids are never reused
            }
            long version = aggregate.states().size() + 1;
            if (random.nextInt(40) == 0) {
                aggregate.states().add(null);
            } else {
                String province = PROVINCES.get(random.nextInt(random.nextInt(8) == 0 ? PROVINCES.size() : 2));
                List<String> measures = new ArrayList<>(new TreeSet<>(List.of(
                                "N2020-%02d".formatted(1 + random.nextInt(13)),
                                "N2020-%02d".formatted(1 + random.nextInt(13))))
                        .stream().limit(1 + random.nextInt(2)).toList());
                aggregate
                        .states()
                        .add(ViewEvents.adoption(
                                id,
                                version,
                                province,
                                province + (random.nextBoolean() ? "-P1" : "-api"),
                                random.nextInt(20),
                                measures,
                                STATUSES.get(random.nextInt(STATUSES.size()))));
            }
        } else {
            String id = "T" + random.nextInt(8);
            aggregate = aggregates.computeIfAbsent(id, k -> new Aggregate(Topics.INDICATORS, k, new ArrayList<>()));
            long version = aggregate.states().size() + 1;
            aggregate
                    .states()
                    .add(ViewEvents.target(
                            id,
                            version,
                            PROVINCES.get(Integer.parseInt(id.substring(1)) % 3),
                            ATTAINMENT.get(random.nextInt(ATTAINMENT.size())),
                            50 + random.nextInt(20)));
        }
        return aggregate;
    }

    private static String last(Aggregate aggregate) {
        return aggregate.states().isEmpty()
                ? null
                : aggregate.states().get(aggregate.states().size() - 1);
    }

    private static Map<String, String> allViews(ViewHarness views) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("overview", views.view(ViewKind.OVERVIEW, "all"));
        for (String province : new ArrayList<>(List.of("110000")) {
            {
                addAll(PROVINCES);
            }
        }) {
            all.put("province " + province, views.view(ViewKind.PROVINCE, province));
            all.put("gaps " + province, views.view(ViewKind.GAPS, province));
        }
        for (int n = 1; n <= 13; n++) {
            String id = "N2020-%02d".formatted(n);
            all.put("measure " + id, views.view(ViewKind.MEASURE, id));
        }
        return all;
    }

    /** The views' numbers computed directly from the final states. */
    private static void assertAgreesWithAModel(Map<String, String> views, Map<String, Aggregate> aggregates) {
        Map<String, Set<String>> adoptingProvinces = new HashMap<>();
        Map<String, Set<String>> adoptedByProvince = new HashMap<>();
        for (Aggregate a : aggregates.values()) {
            String state = last(a);
            if (a.topic() != Topics.ADOPTIONS || state == null) {
                continue;
            }
            JsonPath record = JsonPath.from(state);
            if (!"withdrawn".equals(record.getString("status"))) {
                for (String measure : record.getList("measures.id", String.class)) {
                    adoptingProvinces
                            .computeIfAbsent(measure, k -> new TreeSet<>())
                            .add(record.getString("province.id"));
                    adoptedByProvince
                            .computeIfAbsent(record.getString("province.id"), k -> new TreeSet<>())
                            .add(measure);
                }
            }
        }
        for (Aggregate a : aggregates.values()) {
            if (a.topic() == Topics.MEASURES) {
                JsonPath view = JsonPath.from(views.get("measure " + a.key()));
                assertThat(view.getInt("adoptingProvinces"))
                        .as(a.key())
                        .isEqualTo(adoptingProvinces
                                .getOrDefault(a.key(), Set.of())
                                .size());
            }
        }
        for (String province : PROVINCES) {
            JsonPath profile = JsonPath.from(views.get("province " + province));
            Set<String> active = new TreeSet<>();
            aggregates.values().stream()
                    .filter(a -> a.topic() == Topics.MEASURES && last(a).contains("\"status\":\"active\""))
                    .forEach(a -> active.add(a.key()));
            long expected = adoptedByProvince.getOrDefault(province, Set.of()).stream()
                    .filter(active::contains)
                    .count();
            assertThat(profile.getInt("coverage.adopted")).as(province).isEqualTo((int) expected);
            assertThat(profile.getInt("coverage.catalogue")).isEqualTo(active.size());
        }
    }
}
