package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, end to end and as typed: {@code deploy/local/run.sh} right after the
 * test command's build (so the order "test, then run" is proven, with nothing built again and
 * nothing taken from the local Maven repository), on a clean data directory (ports shifted so it
 * runs beside a developer's own system): the reference data checked through the gateway, a write,
 * a clean stop, a second start on the same data, and the same checks again.
 */
class LocalLauncherTest {

    /** Offsets handed out in this JVM: tests starting systems at the same time never get the same ports. */
    private static final Set<Integer> OFFSETS_TAKEN = ConcurrentHashMap.newKeySet();

    private static final Duration START_DEADLINE = Duration.ofMinutes(5);
    private static final Duration VIEW_DEADLINE = Duration.ofMinutes(2);
    private static final List<Integer> BASE_PORTS = List.of(8080, 8081, 8082, 8083, 15432, 19092, 27018);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process launcher;
    private String gateway;

    @TempDir
    Path data;

    @AfterEach
    void stopLauncher() throws Exception {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        }
    }

    @Test
    void startsWithTheReferenceDataAndKeepsEverythingAcrossARestart() throws Exception {
        int offset = freePortOffset();
        gateway = "http://localhost:" + (8080 + offset);

        String output = start(offset, "first");
        assertReferenceData();
        String editor = tokenFor("catalogue-editor", output);
        JsonNode created = send(
                HttpRequest.newBuilder(api("/measures"))
                        .header("Authorization", "Bearer " + editor)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                "categoryId",
                                "C13",
                                "name",
                                "启动器测试举措",
                                "content",
                                "重启之后仍应存在。",
                                "sourceProvinces",
                                List.of("630000"),
                                "departments",
                                List.of("npc-erpc"))))),
                201);
        String measureId = created.path("id").asText();
        awaitView(
                "/views/measures/" + measureId,
                view -> measureId.equals(view.at("/measure/id").asText()));
        assertThat(ids("/measures", m -> true)).hasSize(91);
        // an editor overrules the shipped review: N2020-88's link to article （五十一） removed, （四十七） (which the review
        // removed) added
        send(
                HttpRequest.newBuilder(api("/measures/N2020-88/framework/F2015-A51"))
                        .header("Authorization", "Bearer " + editor)
                        .header("If-Match", etag("/measures/N2020-88"))
                        .DELETE(),
                200);
        send(
                HttpRequest.newBuilder(api("/measures/N2020-88/framework/F2015-A47"))
                        .header("Authorization", "Bearer " + editor)
                        .header("If-Match", etag("/measures/N2020-88"))
                        .PUT(HttpRequest.BodyPublishers.noBody()),
                200);

        stop();
        assertThat(BASE_PORTS)
                .as("every port is released after a stop")
                .allSatisfy(port -> assertThat(isFree(port + offset))
                        .as("port %d", port + offset)
                        .isTrue());

        String second = start(offset, "second");
        assertThat(second)
                .as("the second start reuses the key pair and the data")
                .doesNotContain("Generated a development key pair");
        assertReferenceData();
        assertThat(ids("/measures", m -> true))
                .as("90 reference measures plus the one written before the restart")
                .hasSize(91);
        assertThat(getJson("/measures/" + measureId).path("name").asText()).isEqualTo("启动器测试举措");
        awaitView(
                "/views/measures/" + measureId,
                view -> "启动器测试举措".equals(view.at("/measure/name").asText()));
        assertThat(getJson("/measures/N2020-88").path("framework").findValuesAsText("article"))
                .as("the editor's decisions on the framework links outlive the restart")
                .containsExactly("F2015-A47");
    }

    private String etag(String path) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(api(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private void assertReferenceData() throws Exception {
        assertThat(ids(
                        "/measures",
                        m -> !"api".equals(m.at("/provenance/document").asText())))
                .as("measures imported from the NDRC list")
                .hasSize(90);
        // the notice is imported once adoption-service's replica holds every measure it names, which on a first start
        // may come seconds after the service is ready (its readiness waits for what the topic held when it started)
        awaitView(
                "/adoptions?province=630000&limit=100",
                page -> page.path("items").size() == 52);
        assertThat(ids("/targets?province=360000", t -> true)).hasSize(15);
        assertThat(ids("/targets?province=520000", t -> true)).hasSize(23);
        JsonNode qinghai = awaitView(
                "/views/provinces/630000",
                view -> view.path("plans").findValues("records").stream()
                                .mapToInt(JsonNode::asInt)
                                .sum()
                        == 52);
        assertThat(qinghai.at("/coverage/adopted").asInt()).isEqualTo(53);
        awaitView("/views/provinces/360000", view -> view.path("targets").size() == 15);
        awaitView("/views/provinces/520000", view -> view.path("targets").size() == 23);
        assertThat(ids("/plan-tasks?province=360000", t -> true))
                .as("the Jiangxi plan's dated tasks")
                .hasSize(32);
        assertThat(ids("/plan-tasks?province=520000", t -> true))
                .as("the Guizhou plan's dated tasks")
                .hasSize(34);
        // linked against the real catalogue: both plans' vertical-management tasks became N2020-15
        awaitView("/views/measures/N2020-15", view -> view.path("planTasks").size() == 2);
        assertThat(getJson("/adoptions/630000-2021-106-48")
                        .at("/history/0/evidence/0/documentNumber")
                        .asText())
                .as("row 48 starts implemented on the notice's own words (its regulation passed in 2014-11)")
                .isEqualTo("青发改生态〔2021〕106号");
    }

    private String start(int offset, String name) throws Exception {
        Path log = data.resolve("launcher-" + name + ".log");
        launcher = RunCommand.start(data.resolve("system"), offset, log);
        String output = RunCommand.awaitOutput(launcher, log, Banner.RUNNING, START_DEADLINE);
        assertThat(output)
                .as("the build of the test command is enough: run.sh builds nothing again")
                .doesNotContain("Building");
        return output;
    }

    private void stop() throws Exception {
        launcher.destroy();
        assertThat(launcher.waitFor(90, TimeUnit.SECONDS))
                .as("the launcher stops within 90 s of SIGTERM")
                .isTrue();
    }

    /** The ids of a listing's items that pass the filter (ids keep a failure message short). */
    private List<String> ids(String pathAndQuery, Predicate<JsonNode> filter) throws Exception {
        return items(pathAndQuery).stream()
                .filter(filter)
                .map(item -> item.path("id").asText())
                .toList();
    }

    /** Every item of a listing, following the cursors. */
    private List<JsonNode> items(String pathAndQuery) throws Exception {
        List<JsonNode> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            String separator = pathAndQuery.contains("?") ? "&" : "?";
            String page = pathAndQuery + separator + "limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode body = getJson(page);
            body.path("items").forEach(all::add);
            cursor = body.hasNonNull("nextCursor") ? body.get("nextCursor").asText() : null;
        } while (cursor != null);
        return all;
    }

    private JsonNode getJson(String pathAndQuery) throws Exception {
        return send(
                HttpRequest.newBuilder(api(pathAndQuery))
                        .header("Accept", "application/json")
                        .GET(),
                200);
    }

    /** What is built from the event streams (the views, the Qinghai notice) may trail the services a little. */
    private JsonNode awaitView(String path, Predicate<JsonNode> ready) throws Exception {
        AtomicReference<String> last = new AtomicReference<>("");
        AtomicReference<JsonNode> view = new AtomicReference<>();
        try {
            await().atMost(VIEW_DEADLINE).pollInterval(Duration.ofMillis(250)).until(() -> {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(api(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
                last.set(response.statusCode() + " " + response.body());
                if (response.statusCode() != 200) {
                    return false;
                }
                view.set(JSON.readTree(response.body()));
                return ready.test(view.get());
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    path + " did not reach the expected state within " + VIEW_DEADLINE + "; last answer: " + last.get(),
                    e);
        }
        return view.get();
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) throws Exception {
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("%s answered %s", response.uri(), response.body())
                .isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private URI api(String pathAndQuery) {
        return URI.create(gateway + "/api/v1" + pathAndQuery);
    }

    private static String tokenFor(String role, String launcherOutput) {
        Matcher matcher = Pattern.compile("  " + Pattern.quote(role) + "[^\\n]*:\\n\\s+(\\S+)")
                .matcher(launcherOutput);
        assertThat(matcher.find()).as("the launcher prints a %s token", role).isTrue();
        return matcher.group(1);
    }

    /** A shift that frees every port of the system, kept below the kernel's ephemeral range. */
    static synchronized int freePortOffset() {
        return IntStream.iterate(1000 + (int) (ProcessHandle.current().pid() % 300) * 10, o -> o + 17)
                .limit(200)
                .filter(o -> BASE_PORTS.stream().allMatch(p -> isFree(p + o)))
                .filter(o -> 27018 + o < 32768)
                .filter(OFFSETS_TAKEN::add)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no free set of ports for the launcher test"));
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
