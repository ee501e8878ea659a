package org.ecoreform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ecoreform.gateway.GatewayTesting;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.EventCapture;
import org.ecoreform.platform.testing.EventContracts;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.ServiceProcesses;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every service through the gateway. The writes go to a province of this class's own (Yunnan,
 * 530000: no reference data and no other test class writes there), so the reference figures other
 * classes assert stay as they are, whatever the order of the classes.
 */
@QuarkusTest
class ThroughTheGatewayTest {

    static final String QINGHAI_EDITOR = Tokens.provinceEditor("qinghai-clerk", "630000");
    static final String YUNNAN = "530000";
    static final String YUNNAN_EDITOR = Tokens.provinceEditor("yunnan-clerk", YUNNAN);
    /** The plan this class imports (through the gateway) and writes into; its one record adopts 福林贷. */
    static final String YUNNAN_PLAN = "530000-2022-3";

    static final String YUNNAN_RECORD = YUNNAN_PLAN + "-01";

    @TestHTTPResource("/")
    URL gateway;

    @BeforeEach
    void viewsLoadedAndOwnPlanImported() {
        GatewayTesting.awaitReferenceViews();
        if (given().get("/api/v1/plans/" + YUNNAN_PLAN).statusCode() == 404) {
            String notice = String.join(
                    "\n", "名称\t来源\t落实措施\t责任单位", "九、绿色金融\t\t\t", "1. “福林贷”中关于林农小额信用贷款的相关举措\t福建省\t推广林农小额信用贷款。\t省林草局");
            given().auth()
                    .oauth2(YUNNAN_EDITOR)
                    .contentType(ContentType.JSON)
                    .queryParam("commit", "true")
                    .body(Map.of(
                            "plan",
                            Map.of(
                                    "province",
                                    YUNNAN,
                                    "issuingBody",
                                    "云南省发展和改革委员会",
                                    "documentNumber",
                                    "云发改生态〔2022〕3号",
                                    "issuedOn",
                                    "2022-04-01",
                                    "title",
                                    "关于推广国家生态文明试验区改革举措的通知"),
                            "text",
                            notice))
                    .post("/api/v1/imports")
                    .then()
                    .statusCode(201)
                    .body("rows[0].recordId", equalTo(YUNNAN_RECORD));
        }
    }

    @Test
    void everyServiceIsReachableUnderTheSamePaths() {
        given().queryParam("category", "C09")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("N2020-57"));
        given().get("/api/v1/adoptions/630000-2021-106-27")
                .then()
                .statusCode(200)
                .body("measures.id", equalTo(List.of("N2020-46", "N2020-50")));
        given().get("/api/v1/measures/N2020-46/adopters")
                .then()
                .statusCode(200)
                .body("items.recordId", hasItem("630000-2021-106-27"));
        given().get("/api/v1/targets/360000-forest-coverage-2020")
                .then()
                .statusCode(200)
                .body("value", equalTo(63));
        given().get("/api/v1/framework/articles/F2015-A32")
                .then()
                .statusCode(200)
                .body("measures.id", hasItem("N2020-68"));
        Response page = given().queryParam("limit", 5).get("/api/v1/measures");
        assertThat(page.header("Link")).startsWith("<" + gateway.toString().replaceAll("/$", ""));
        String etag = given().get("/api/v1/measures/N2020-03")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/measures/N2020-03")
                .then()
                .statusCode(304);
        given().queryParam("limit", 0).get("/api/v1/measures").then().spec(ProblemSpecs.problem(400, "limit"));
        // a plan's targets, read by indicators-service (a dry run: nothing stored)
        given().auth()
                .oauth2(Tokens.withRoles("mee-editor", Roles.INDICATOR_EDITOR))
                .contentType("application/json")
                .body(Map.of(
                        "province",
                        "350000",
                        "title",
                        "福建省规划（测试）",
                        "issuedOn",
                        "2021-10-25",
                        "text",
                        "到2025年，全省森林覆盖率保持在66%以上。"))
                .post("/api/v1/target-imports")
                .then()
                .statusCode(200)
                .body("committed", equalTo(false))
                .body("targets[0].indicator", equalTo("forest-coverage"));
    }

    @Test
    void answersAreCompressedAsAcceptedWithAnETagPerCoding() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI measure = URI.create(gateway.toString().replaceAll("/$", "") + "/api/v1/measures/N2020-05");
        HttpResponse<byte[]> identity =
                http.send(HttpRequest.newBuilder(measure).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzip = http.send(
                HttpRequest.newBuilder(measure)
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding, Accept-Language");
        assertThat(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body())).readAllBytes())
                .isEqualTo(identity.body());
        String identityTag = identity.headers().firstValue("ETag").orElseThrow();
        String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).isEqualTo(identityTag.replaceAll("\"$", "-gzip\""));

        HttpResponse<byte[]> notModified = http.send(
                HttpRequest.newBuilder(measure)
                        .header("Accept-Encoding", "gzip")
                        .header("If-None-Match", gzipTag)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("ETag")).hasValue(gzipTag);
        // a tag of the gzip form is the same version to the service: a write conditioned on it goes through
        URI record = URI.create(gateway.toString().replaceAll("/$", "") + "/api/v1/adoptions/" + YUNNAN_RECORD);
        String recordTag = http.send(
                        HttpRequest.newBuilder(record)
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(recordTag).endsWith("-gzip\"");
        given().auth()
                .oauth2(YUNNAN_EDITOR)
                .header("If-Match", recordTag)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "effectiveOn",
                        "2022-06-01",
                        "status",
                        "in-progress",
                        "narrative",
                        "经网关压缩后仍可按版本登记进展。",
                        "evidence",
                        List.of(Map.of("title", "省林草局工作简报", "issuedOn", "2022-06-01"))))
                .post("/api/v1/adoptions/" + YUNNAN_RECORD + "/progress")
                .then()
                .statusCode(200);
    }

    @Test
    void aNoticeUploadedAsAFilePassesThroughTheGateway() {
        byte[] csv = "序号,举措名称,责任单位,工作措施\r\n1,森林资源运营平台,省林草局,建设全省森林资源运营平台。\r\n".getBytes(StandardCharsets.UTF_8);
        var upload = given().auth().oauth2(QINGHAI_EDITOR);
        Map.of(
                        "province",
                        "630000",
                        "issuingBody",
                        "青海省发展和改革委员会",
                        "documentNumber",
                        "青发改生态〔2022〕9号",
                        "issuedOn",
                        "2022-03-01",
                        "title",
                        "关于推广改革举措的通知")
                .forEach((name, value) -> upload.multiPart(new MultiPartSpecBuilder(value)
                        .controlName(name)
                        .mimeType("text/plain")
                        .charset(StandardCharsets.UTF_8)
                        .build()));
        upload.multiPart("table", "notice.csv", csv, "text/csv")
                .post("/api/v1/imports")
                .then()
                .statusCode(200)
                .body("committed", equalTo(false))
                .body("summary.rows", equalTo(1))
                .body("rows[0].verdict", equalTo("matched"))
                .body("rows[0].links[0].measureId", equalTo("N2020-04"));
    }

    @Test
    void aWriteThroughTheGatewayShowsInTheViews() {
        List<String> gapsBefore = given().get("/api/v1/views/provinces/" + YUNNAN + "/gaps")
                .jsonPath()
                .getList("categories.find { it.id == 'C09' }.measures.id", String.class);
        assertThat(gapsBefore).contains("N2020-62", "N2020-63");
        Response created = given().auth()
                .oauth2(YUNNAN_EDITOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "planId",
                        YUNNAN_PLAN,
                        "measureIds",
                        List.of("N2020-62"),
                        "actions",
                        "发行绿色资产支持证券。",
                        "responsibleUnits",
                        List.of("人行昆明中心支行")))
                .post("/api/v1/adoptions");
        created.then()
                .statusCode(201)
                .header("Location", startsWith(gateway.toString().replaceAll("/$", "") + "/api/v1/adoptions/"));
        String id = created.path("id");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/v1/views/provinces/" + YUNNAN)
                        .jsonPath()
                        .getList("categories.find { it.id == 'C09' }.records.id", String.class)
                        .contains(id));
        given().get("/api/v1/views/measures/N2020-62").then().body("adopters.recordId", hasItem(id));
        List<String> gapsAfter = new java.util.ArrayList<>(gapsBefore);
        gapsAfter.remove("N2020-62");
        given().get("/api/v1/views/provinces/" + YUNNAN + "/gaps")
                .then()
                .body("categories.find { it.id == 'C09' }.measures.id", equalTo(gapsAfter));
    }

    @Test
    void thePlanTasksAMeasureBecameShowInItsView() {
        // both pilot plans' vertical-management tasks (Jiangxi 三（二）1, Guizhou 三（六）3) state N2020-15's name
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/api/v1/views/measures/N2020-15")
                                .jsonPath()
                                .getList("planTasks")
                                .size()
                        == 2);
        given().get("/api/v1/views/measures/N2020-15")
                .then()
                .body("planTasks.province.id", equalTo(List.of("360000", "520000")))
                .body("planTasks.basis", equalTo(List.of("matched", "matched")))
                // the national list names N2020-15 as proven in both provinces: the list is their evidence
                .body("planTasks.status", equalTo(List.of("done", "done")))
                .body("planTasks[0].text", startsWith("2017年启动环保机构监测监察执法垂直管理改革"));
        given().queryParam("measure", "N2020-15")
                .get("/api/v1/plan-tasks")
                .then()
                .statusCode(200)
                .body("items.section", equalTo(List.of("三（二）1", "三（六）3")));
    }

    @Test
    void theFrameworksEighthSystemShowsEachProvincesAccountabilityInstitutions() {
        String jiangxi = "systems.find { it.id == 'F2015-S8' }.accountability.find { it.province.id == '360000' }";
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() ->
                        given().get("/api/v1/views/framework").jsonPath().getList(jiangxi + ".institutions") != null);
        var view = given().get("/api/v1/views/framework").jsonPath();
        assertThat(view.getString(jiangxi + ".institutions.find { it.id == 'resource-balance-sheet' }.status"))
                .isEqualTo("piloting");
        assertThat(view.getList(
                        jiangxi + ".institutions.find { it.id == 'departure-audit' }.pilotPlaces", String.class))
                .containsExactly("萍乡市", "吉安市");
        assertThat(view.getList("systems.findAll { it.id != 'F2015-S8' }.accountability"))
                .allSatisfy(a -> assertThat(a).isNull());
        given().get("/api/v1/accountability/520000-resource-balance-sheet")
                .then()
                .statusCode(200)
                .body("pilotPlaces", equalTo(List.of("六盘水市", "赤水市", "荔波县")));
    }

    @Test
    void progressReportedThroughTheGatewayShowsInTheProvinceView() {
        String id = "630000-2021-106-47";
        String recordRow = "categories.collect { it.records }.flatten().find { it.id == '" + id + "' }";
        // the notice states the service group was set up: the record starts in progress, with that sentence as evidence
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "2021-02-25"
                        .equals(given().get("/api/v1/views/provinces/630000")
                                .jsonPath()
                                .getString(recordRow + ".statusSince")));
        int version = given().get("/api/v1/adoptions/" + id).path("version");
        given().auth()
                .oauth2(QINGHAI_EDITOR)
                .header("If-Match", "\"v" + version + "\"")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "effectiveOn",
                        "2022-01-10",
                        "status",
                        "in-progress",
                        "narrative",
                        "法律服务团全年开展法律咨询120次。",
                        "evidence",
                        List.of(Map.of(
                                "title",
                                "省司法厅2021年工作总结",
                                "issuedOn",
                                "2022-01-05",
                                "url",
                                "https://sft.qinghai.gov.cn/2022/zj.html"))))
                .post("/api/v1/adoptions/" + id + "/progress")
                .then()
                .statusCode(200)
                .body("version", equalTo(version + 1));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/v1/views/provinces/630000")
                        .jsonPath()
                        .getList(recordRow + ".progress.effectiveOn", String.class)
                        .contains("2022-01-10"));
        var row = given().get("/api/v1/views/provinces/630000").jsonPath();
        assertThat(row.getString(recordRow + ".progress[0].evidence[0].documentNumber"))
                .isEqualTo("青发改生态〔2021〕106号");
        assertThat(row.getString(recordRow + ".progress[1].evidence[0].url"))
                .isEqualTo("https://sft.qinghai.gov.cn/2022/zj.html");
        assertThat(row.getString(recordRow + ".status")).isEqualTo("in-progress");
        assertThat(row.getString(recordRow + ".statusSince")).isEqualTo("2021-02-25");
    }

    @Test
    void aWriteArrivesOnTheServerSentEventStreamAndInTheChangesFeed() throws Exception {
        String since = latestChangeCursor();
        Queue<String> events = new ConcurrentLinkedQueue<>();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        CompletableFuture<HttpResponse<Stream<String>>> stream = client.sendAsync(
                HttpRequest.newBuilder(gateway.toURI().resolve("/api/v1/changes/stream"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        try {
            HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            Thread reader = new Thread(
                    () -> response.body()
                            .filter(line -> line.startsWith("data:"))
                            .forEach(events::add),
                    "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
            String id = given().auth()
                    .oauth2(YUNNAN_EDITOR)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "planId",
                            YUNNAN_PLAN,
                            "measureIds",
                            List.of("N2020-57"),
                            "actions",
                            "推行绿色信贷产品。",
                            "responsibleUnits",
                            List.of("省地方金融监管局")))
                    .post("/api/v1/adoptions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> events.stream().anyMatch(line -> line.contains("\"key\":\"" + id + "\"")));
            given().queryParam("cursor", since)
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .body("items.find { it.key == '" + id + "' }.topic", equalTo("ecoreform.adoptions.v1"))
                    .body("items.find { it.key == '" + id + "' }.version", equalTo(1));
            // the newest changes, newest first: the write is among them, after everything before it
            List<Long> sequences = given().queryParam("limit", 100)
                    .get("/api/v1/changes/recent")
                    .then()
                    .statusCode(200)
                    .body("items.key", org.hamcrest.Matchers.hasItem(id))
                    .extract()
                    .jsonPath()
                    .getList("items.sequence", Long.class);
            assertThat(sequences).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            given().queryParam("limit", 101)
                    .get("/api/v1/changes/recent")
                    .then()
                    .spec(ProblemSpecs.problem(400, "limit"));
        } finally {
            stream.cancel(true);
        }
    }

    /** Follows the feed to its end: the cursor after which only new changes come. */
    private static String latestChangeCursor() {
        String cursor = null;
        while (true) {
            var request = given().queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            io.restassured.path.json.JsonPath page = request.get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursor = page.getString("nextCursor");
            if (page.getList("items").isEmpty()) {
                return cursor;
            }
        }
    }

    @Test
    void aRequestIdFollowsAWriteIntoTheServiceAuditAndTheChangesFeed() {
        String since = latestChangeCursor();
        String id = given().auth()
                .oauth2(YUNNAN_EDITOR)
                .header("X-Request-Id", "portal-e2e-0042")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "planId",
                        YUNNAN_PLAN,
                        "measureIds",
                        List.of("N2020-58"),
                        "actions",
                        "开展绿色保险试点。",
                        "responsibleUnits",
                        List.of("云南银保监局")))
                .post("/api/v1/adoptions")
                .then()
                .statusCode(201)
                .header("X-Request-Id", "portal-e2e-0042")
                .extract()
                .path("id");

        String admin = Tokens.withRoles("auditor-zhao", Roles.ADMIN);
        given().auth()
                .oauth2(admin)
                .queryParam("requestId", "portal-e2e-0042")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.service", equalTo(List.of("adoption")))
                .body("items[0].aggregateId", equalTo(id))
                .body("items[0].actor", equalTo("yunnan-clerk"))
                .body("items[0].province", equalTo(YUNNAN))
                .body("items[0].action", equalTo("created"));
        // what a province's office changed: the writer's province, across every service's trail
        given().auth()
                .oauth2(admin)
                .queryParam("province", YUNNAN)
                .queryParam("requestId", "portal-e2e-0042")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.aggregateId", equalTo(List.of(id)));
        given().auth()
                .oauth2(admin)
                .queryParam("province", "63")
                .get("/api/v1/audit")
                .then()
                .spec(ProblemSpecs.problem(400, "province"));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().queryParam("cursor", since)
                        .queryParam("limit", 500)
                        .get("/api/v1/changes")
                        .jsonPath()
                        .getList("items.findAll { it.key == '" + id + "' }.requestId", String.class)
                        .contains("portal-e2e-0042"));
        given().auth().oauth2(QINGHAI_EDITOR).get("/api/v1/audit").then().spec(ProblemSpecs.problem(403));
        given().get("/api/v1/audit").then().spec(ProblemSpecs.problem(401));
    }

    @Test
    void theMergedAuditTrailPagesThroughEveryServiceOnce() {
        String admin = Tokens.withRoles("auditor-zhao", Roles.ADMIN);
        java.util.Set<String> perService = new java.util.HashSet<>();
        for (String service : List.of("measures", "adoption", "indicators")) {
            perService.addAll(auditKeys(admin, service));
        }
        List<String> merged = auditKeys(admin, null);
        assertThat(merged).doesNotHaveDuplicates();
        assertThat(new java.util.HashSet<>(merged)).isEqualTo(perService);
        // count=true sums the services' totals, on the first page and on a later one
        var first = given().auth()
                .oauth2(admin)
                .queryParam("limit", 5)
                .queryParam("count", "true")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(merged.size()))
                .extract();
        given().auth()
                .oauth2(admin)
                .queryParam("limit", 5)
                .queryParam("count", "true")
                .queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(merged.size()));
        assertThat(perService).anyMatch(k -> k.startsWith("measures:")).anyMatch(k -> k.startsWith("indicators:"));
        given().auth()
                .oauth2(admin)
                .queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/api/v1/audit")
                .then()
                .spec(ProblemSpecs.problem(400, "cursor"));
        given().auth()
                .oauth2(admin)
                .queryParam("service", "elsewhere")
                .get("/api/v1/audit")
                .then()
                .spec(ProblemSpecs.problem(400, "service"));
    }

    /** Every entry of the merged trail (or of one service's) as service:id, following the cursors with small pages. */
    private static List<String> auditKeys(String token, String service) {
        List<String> keys = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("limit", 40);
            if (service != null) {
                request.queryParam("service", service);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            io.restassured.path.json.JsonPath page = request.get("/api/v1/audit")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> services = page.getList("items.service", String.class);
            List<Long> ids = page.getList("items.id", Long.class);
            for (int i = 0; i < ids.size(); i++) {
                keys.add(services.get(i) + ":" + ids.get(i));
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return keys;
    }

    @Test
    void writesNeedATokenAtTheGatewayAndTheServiceChecksTheRole() {
        given().contentType(ContentType.JSON)
                .body(Map.of("planId", "630000-2021-106"))
                .post("/api/v1/adoptions")
                .then()
                .spec(ProblemSpecs.problem(401));
        given().auth()
                .oauth2(Tokens.signedByStranger("x", Roles.ADMIN))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/adoptions")
                .then()
                .spec(ProblemSpecs.problem(401));
        for (String token : List.of(
                Tokens.expired("x", Roles.ADMIN),
                Tokens.wrongIssuer("x", Roles.ADMIN),
                Tokens.wrongAudience("x", Roles.ADMIN))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .post("/api/v1/adoptions")
                    .then()
                    .spec(ProblemSpecs.problem(401));
        }
        // the service behind checks again, with keys it fetches from a JWKS URL (JwksServer)
        String adoption = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("ecoreform.gateway.services.adoption.url", String.class);
        for (String token :
                List.of(Tokens.signedByStranger("x", Roles.ADMIN), Tokens.wrongAudience("x", Roles.ADMIN))) {
            given().baseUri(adoption)
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .post("/api/v1/adoptions")
                    .then()
                    .spec(ProblemSpecs.problem(401));
        }
        given().baseUri(adoption)
                .auth()
                .oauth2(QINGHAI_EDITOR)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/adoptions")
                .then()
                .spec(ProblemSpecs.problem(400));
        given().auth()
                .oauth2(Tokens.withRoles("reader", "none"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "categoryId",
                        "C13",
                        "name",
                        "x",
                        "content",
                        "y",
                        "sourceProvinces",
                        List.of("350000"),
                        "departments",
                        List.of("ndrc")))
                .post("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(403));
    }

    @Test
    void aStoppedServiceGives503OnItsPathsOnly() {
        ServiceProcesses.stop("indicators-service");
        try {
            given().get("/api/v1/targets")
                    .then()
                    .spec(ProblemSpecs.problem(503))
                    .body("detail", containsString("indicators-service"));
            given().get("/api/v1/measures/N2020-03").then().statusCode(200);
            given().get("/api/v1/adoptions/630000-2021-106-01").then().statusCode(200);
            given().get("/api/v1/views/provinces/360000").then().statusCode(200).body("targets.size()", equalTo(15));
        } finally {
            ServiceProcesses.restart("indicators-service");
        }
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/api/v1/targets/360000-forest-coverage-2020")
                                .statusCode()
                        == 200);
    }

    @Test
    void oneOpenApiAndOneAsyncApiDocumentCoverEverything() {
        io.restassured.path.json.JsonPath doc = given().get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        java.util.Set<String> paths = doc.<String, Object>getMap("paths").keySet();
        assertThat(paths)
                .contains(
                        "/api/v1/views/provinces/{code}",
                        "/api/v1/changes",
                        "/api/v1/measures",
                        "/api/v1/adoptions/{id}/transitions",
                        "/api/v1/targets/{id}",
                        "/api/v1/observations",
                        "/api/v1/target-imports")
                .noneMatch(p -> p.contains("{path"));
        assertThat(doc.getMap("components.schemas")).containsKeys("Problem", "Measure", "Adoption", "Target");
        given().get("/asyncapi.yaml")
                .then()
                .statusCode(200)
                .body(containsString("ecoreform.measures.v1"))
                .body(containsString("ecoreform.adoptions.v1"))
                .body(containsString("ecoreform.indicators.v1"));
    }

    @Test
    void everyEventNamesASchemaTheGatewayServes() {
        org.apache.kafka.clients.consumer.ConsumerRecord<String, String> event;
        try (EventCapture capture = EventCapture.fromBeginning("ecoreform.measures.v1")) {
            event = capture.await(records -> !records.isEmpty(), Duration.ofSeconds(30))
                    .get(0);
        }
        String type = EventCapture.header(event, "ce_type");
        String schemaPath =
                URI.create(EventCapture.header(event, "ce_dataschema")).getPath();
        assertThat(schemaPath).isEqualTo("/api/v1/schemas/events/" + type + ".json");

        Response schema = given().get(schemaPath)
                .then()
                .statusCode(200)
                .contentType("application/schema+json")
                .body("title", equalTo(type))
                .extract()
                .response();
        assertThat(EventContracts.payloadViolations(type, event.value())).isEmpty();
        given().header("If-None-Match", schema.header("ETag"))
                .get(schemaPath)
                .then()
                .statusCode(304);
        given().get("/api/v1/schemas/events")
                .then()
                .statusCode(200)
                .body("items.type", hasItem(type))
                .body("items.href", hasItem(schemaPath));
        given().get("/api/v1/schemas/events/org.ecoreform.unknown.v1.json")
                .then()
                .spec(ProblemSpecs.problem(404));
    }

    @Test
    void everyDatasetDownloadsWholeThroughTheGatewayCompressedOnTheWay() throws Exception {
        given().get("/api/v1/exports")
                .then()
                .statusCode(200)
                .body(
                        "items.name",
                        equalTo(List.of(
                                "accountability",
                                "adoption-plans",
                                "adoptions",
                                "measures",
                                "observations",
                                "plan-tasks",
                                "source-documents",
                                "targets")))
                .body("items.find { it.name == 'observations' }.columns.name", hasItem("recordedAt"));
        // each dataset's row count is its list's total
        Map<String, String> lists = Map.of(
                "measures",
                "measures",
                "adoptions",
                "adoptions",
                "targets",
                "targets",
                "plan-tasks",
                "plan-tasks",
                "adoption-plans",
                "plans",
                "source-documents",
                "source-documents");
        for (String dataset : lists.keySet()) {
            int total = given().get("/api/v1/" + lists.get(dataset) + "?count=true&limit=1")
                    .then()
                    .extract()
                    .path("total");
            given().get("/api/v1/exports")
                    .then()
                    .body("items.find { it.name == '" + dataset + "' }.rows", equalTo(total))
                    .body("items.find { it.name == '" + dataset + "' }.lastChange", notNullValue());
        }
        Map<String, Integer> minimum = Map.of(
                "measures",
                90,
                "adoptions",
                52,
                "targets",
                36,
                "observations",
                16,
                "plan-tasks",
                66,
                "accountability",
                11,
                "adoption-plans",
                1,
                "source-documents",
                2);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        for (Map.Entry<String, Integer> dataset : minimum.entrySet()) {
            URI csv = URI.create(gateway + "api/v1/exports/" + dataset.getKey() + ".csv");
            HttpResponse<byte[]> identity =
                    client.send(HttpRequest.newBuilder(csv).build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzip = client.send(
                    HttpRequest.newBuilder(csv)
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(identity.statusCode()).isEqualTo(200);
            assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding, Accept-Language");
            byte[] unzipped =
                    new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body())).readAllBytes();
            String text = new String(unzipped, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFid,");
            long rows = text.lines().count() - 1;
            assertThat(rows).as(dataset.getKey()).isGreaterThanOrEqualTo(dataset.getValue());
            assertThat(gzip.body().length).isLessThan(identity.body().length);

            String ndjson = given().get("/api/v1/exports/" + dataset.getKey() + ".ndjson")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(ndjson.lines().count())
                    .as(dataset.getKey() + " in both formats")
                    .isEqualTo(rows);
        }
        given().get("/api/v1/exports/budgets.ndjson").then().spec(ProblemSpecs.problem(404));
    }
}
