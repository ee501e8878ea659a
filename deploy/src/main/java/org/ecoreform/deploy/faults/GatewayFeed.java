package org.ecoreform.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;

/** What the drills read from the gateway: its changes feed, and its views against a full rebuild. */
final class GatewayFeed {

    /** Aggregates whose latest version never arrived, versions applied twice, acknowledged versions absent. */
    record FeedCheck(int lost, int twice, int absent) {}

    private final LocalLauncher system;
    private final SystemClient http;
    private final String admin;

    GatewayFeed(LocalLauncher system, SystemClient http, String admin) {
        this.system = system;
        this.http = http;
        this.admin = admin;
    }

    /**
     * Waits until the latest acknowledged version of every written aggregate is in the feed after
     * {@code since}. Returns {aggregates whose latest version never arrived (lost), versions applied
     * twice, acknowledged versions absent from the feed}. A version can be absent while the latest
     * state arrived: a later version published ahead of it makes consumers skip it as stale, which
     * is why the relay keeps outbox order; the drill fails on it.
     */
    FeedCheck awaitChanges(String since, Set<String> expected, Duration deadline) throws Exception {
        Map<String, Long> latest = new HashMap<>();
        for (String change : expected) {
            int cut = change.lastIndexOf('|');
            latest.merge(change.substring(0, cut), Long.parseLong(change.substring(cut + 1)), Math::max);
        }
        long until = System.nanoTime() + deadline.toNanos();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Long> newest = new HashMap<>();
        String cursor = since;
        while (true) {
            try {
                JsonNode page = http.getJson(
                        system.baseUrl("gateway") + "/api/v1/changes?limit=500&cursor=" + encode(cursor), null);
                for (JsonNode change : page.path("items")) {
                    String aggregate = change.path("topic").asText() + "|"
                            + change.path("key").asText();
                    seen.merge(aggregate + "|" + change.path("version").asLong(), 1, Integer::sum);
                    newest.merge(aggregate, change.path("version").asLong(), Math::max);
                }
                cursor = page.path("nextCursor").asText();
                if (page.path("items").isEmpty()) {
                    boolean caughtUp = latest.entrySet().stream()
                            .allMatch(e -> newest.getOrDefault(e.getKey(), 0L) >= e.getValue());
                    if (caughtUp || System.nanoTime() > until) {
                        break;
                    }
                    Thread.sleep(200);
                }
            } catch (IOException e) {
                if (System.nanoTime() > until) {
                    break;
                }
                Thread.sleep(500); // the gateway is restarting
            }
        }
        long lost = latest.entrySet().stream()
                .filter(e -> newest.getOrDefault(e.getKey(), 0L) < e.getValue())
                .count();
        long twice = seen.entrySet().stream()
                .filter(e -> expected.contains(e.getKey()) && e.getValue() > 1)
                .count();
        long absent =
                expected.stream().filter(change -> !seen.containsKey(change)).count();
        if (absent > 0) {
            log(
                    "%d acknowledged versions are absent from the feed: %s",
                    absent,
                    expected.stream()
                            .filter(change -> !seen.containsKey(change))
                            .sorted()
                            .limit(10)
                            .toList());
        }
        return new FeedCheck((int) lost, (int) twice, (int) absent);
    }

    boolean viewsEqualAfterRebuild(Set<String> writtenAggregates, Duration deadline) throws Exception {
        List<String> views = new ArrayList<>(List.of(
                "/api/v1/views/provinces/630000",
                "/api/v1/views/provinces/620000",
                "/api/v1/views/overview",
                "/api/v1/views/provinces/630000/gaps"));
        writtenAggregates.stream()
                .filter(k -> k.startsWith("ecoreform.measures.v1|"))
                .limit(3)
                .forEach(k -> views.add("/api/v1/views/measures/" + k.substring(k.indexOf('|') + 1)));
        Map<String, String> before = new LinkedHashMap<>();
        for (String view : views) {
            before.put(view, http.text(system.baseUrl("gateway") + view, null));
        }
        http.write(
                "POST",
                system.baseUrl("gateway") + "/api/v1/views/rebuild",
                admin,
                null,
                "application/json",
                Map.of(),
                202);
        long until = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < until) {
            Thread.sleep(500);
            try {
                boolean same = true;
                for (Map.Entry<String, String> view : before.entrySet()) {
                    same &= view.getValue().equals(http.text(system.baseUrl("gateway") + view.getKey(), null));
                }
                JsonNode status = http.getJson(system.baseUrl("gateway") + "/api/v1/views/status", null);
                if (same && status.path("lag").asLong() == 0) {
                    return true;
                }
            } catch (IOException e) {
                // the replay has not reached this view yet (404)
            }
        }
        return false;
    }

    String latestChangeCursor() throws Exception {
        String cursor = null;
        while (true) {
            JsonNode page = http.getJson(
                    system.baseUrl("gateway") + "/api/v1/changes?limit=500"
                            + (cursor == null ? "" : "&since=" + encode(cursor)),
                    null);
            cursor = page.path("nextCursor").asText();
            if (page.path("items").isEmpty()) {
                return cursor;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void log(String format, Object... args) {
        System.out.println("[drill] " + String.format(format, args));
    }
}
