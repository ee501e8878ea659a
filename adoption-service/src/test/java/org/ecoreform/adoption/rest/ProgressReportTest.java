package org.ecoreform.adoption.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.adoption.event.AdoptionEvents;
import org.ecoreform.platform.testing.EventCapture;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Progress reports, starting statuses read from a notice, and "as of" answers. Each test imports a
 * notice of its own under a province no other test writes, so it asserts on data it made.
 */
@QuarkusTest
class ProgressReportTest {

    /** Three rows matching national measures: work done and going on, work done, and a dated, counted commitment. */
    private static final String NOTICE = String.join(
            "\n",
            "名称\t来源\t落实措施\t责任单位",
            "1. “福林贷”中关于林农小额信用贷款的相关举措\t福建省\t我区已出台林权抵押贷款管理办法。下一步，继续扩大贷款规模。\t自治区林草局",
            "2. 林业金融产品创新\t江西省\t2019年12月自治区人大常委会审议通过《林业金融促进条例》。\t自治区林草局",
            "3. 生活垃圾分类“厦门模式”\t福建省\t到2023年建成生活垃圾分类处理系统，培育示范街道20个。\t自治区住房和城乡建设厅");

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    /** Commits the notice for {@code province} under a number of its own; answers the plan id. */
    private static String importNotice(String province) {
        String number = "测发改〔2021〕" + ThreadLocalRandom.current().nextInt(1000, 1_000_000) + "号";
        return given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .queryParam("commit", "true")
                .body(Map.of(
                        "plan",
                        Map.of(
                                "province",
                                province,
                                "issuingBody",
                                "发展和改革委员会",
                                "documentNumber",
                                number,
                                "issuedOn",
                                "2021-06-01",
                                "title",
                                "关于学习借鉴国家生态文明试验区改革举措的通知"),
                        "text",
                        NOTICE))
                .post("/api/v1/imports")
                .then()
                .statusCode(201)
                .body("summary.stored", equalTo(3))
                .extract()
                .path("planId");
    }

    private static Map<String, Object> report(String effectiveOn, String status, String narrative) {
        Map<String, Object> body = new HashMap<>();
        body.put("effectiveOn", effectiveOn);
        body.put("status", status);
        body.put("narrative", narrative);
        return body;
    }

    private static Response post(String token, String id, int version, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .header("If-Match", "\"v" + version + "\"")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/adoptions/" + id + "/progress");
    }

    @Test
    void aNoticeStatingWorkDoneStartsItsRowsBeyondPlannedOnTheNoticesDate() {
        String number = "测发改〔2021〕" + ThreadLocalRandom.current().nextInt(1000, 1_000_000) + "号";
        Map<String, Object> request = Map.of(
                "plan",
                Map.of(
                        "province",
                        "640000",
                        "issuingBody",
                        "宁夏回族自治区发展和改革委员会",
                        "documentNumber",
                        number,
                        "issuedOn",
                        "2021-06-01",
                        "title",
                        "关于学习借鉴国家生态文明试验区改革举措的通知"),
                "text",
                NOTICE);
        JsonPath dryRun = given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/imports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(dryRun.getInt("summary.startedBeyondPlanned")).isEqualTo(2);
        assertThat(dryRun.getInt("summary.milestones")).isEqualTo(1);
        assertThat(dryRun.getString("rows.find { it.rowNumber == 1 }.progress.startsAs"))
                .isEqualTo("in-progress");
        assertThat(dryRun.getList("rows.find { it.rowNumber == 1 }.progress.doneSentences", String.class))
                .containsExactly("我区已出台林权抵押贷款管理办法。");
        assertThat(dryRun.getString("rows.find { it.rowNumber == 2 }.progress.startsAs"))
                .isEqualTo("implemented");
        assertThat(dryRun.getString("rows.find { it.rowNumber == 3 }.progress.milestones[0].dueOn"))
                .isEqualTo("2023-12-31");

        String plan = given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .queryParam("commit", "true")
                .body(request)
                .post("/api/v1/imports")
                .then()
                .statusCode(201)
                .extract()
                .path("planId");
        given().get("/api/v1/adoptions/" + plan + "-01")
                .then()
                .statusCode(200)
                .body("status", equalTo("in-progress"))
                .body("statusSince", equalTo("2021-06-01"))
                .body("history", hasSize(1))
                .body("history[0].effectiveOn", equalTo("2021-06-01"))
                .body("history[0].evidence[0].documentNumber", equalTo(number))
                .body("history[0].evidence[0].issuedOn", equalTo("2021-06-01"))
                .body("history[0].evidence[0].excerpt", equalTo("我区已出台林权抵押贷款管理办法。"));
        given().get("/api/v1/adoptions/" + plan + "-02").then().body("status", equalTo("implemented"));
        given().get("/api/v1/adoptions/" + plan + "-03")
                .then()
                .body("status", equalTo("planned"))
                .body("milestones[0].dueOn", equalTo("2023-12-31"))
                .body("milestones[0].figure.value", equalTo(20))
                .body("milestones[0].figure.unit", equalTo("个"))
                .body("milestones[0].figure.what", equalTo("示范街道"));
    }

    @Test
    void aReportIsHistoryWithEvidenceAndCountsOnlyFromItsDayOn() throws Exception {
        String plan = importNotice("650000");
        String id = plan + "-03";
        Map<String, Object> started = report("2022-03-01", "in-progress", "自治区印发生活垃圾分类实施方案，首批试点街道8个。");
        started.put(
                "evidence",
                List.of(Map.of(
                        "documentNumber",
                        "新建发〔2022〕12号",
                        "title",
                        "生活垃圾分类实施方案",
                        "issuedOn",
                        "2022-02-20",
                        "url",
                        "https://zjt.xinjiang.gov.cn/2022/12.html",
                        "figures",
                        List.of(Map.of("value", 8, "unit", "个", "what", "试点街道")))));
        try (EventCapture capture = EventCapture.fromNow(AdoptionEvents.TOPIC)) {
            post(AdoptionTesting.ADMIN, id, 1, started)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"v2\"")
                    .body("status", equalTo("in-progress"))
                    .body("statusSince", equalTo("2022-03-01"))
                    .body("history[1].from", equalTo("planned"))
                    .body("history[1].evidence[0].figures[0].what", equalTo("试点街道"));
            List<ConsumerRecord<String, String>> events = capture.awaitForKey(id, 1, Duration.ofSeconds(30));
            JsonNode step =
                    mapper.readTree(events.get(0).value()).get("history").get(1);
            assertThat(step.get("effectiveOn").asText()).isEqualTo("2022-03-01");
            assertThat(step.get("evidence").get(0).get("url").asText())
                    .isEqualTo("https://zjt.xinjiang.gov.cn/2022/12.html");
            // one vocabulary: what a report sends is read back under the same names, in the API and the event
            JsonNode read = mapper.readTree(
                            given().get("/api/v1/adoptions/" + id).asString())
                    .get("history")
                    .get(1);
            for (JsonNode entry : List.of(read, step)) {
                assertThat(entry.get("status").asText()).isEqualTo("in-progress");
                assertThat(entry.get("narrative").asText()).isEqualTo(started.get("narrative"));
                assertThat(entry.get("effectiveOn").asText()).isEqualTo("2022-03-01");
                assertThat(entry.get("evidence")).isEqualTo(mapper.valueToTree(started.get("evidence")));
            }
            assertThat(read.has("to")).isFalse();
            assertThat(read.has("reason")).isFalse();
            // the moment an entry was recorded is the same in the write's event and in later reads
            assertThat(step.get("at")).isEqualTo(read.get("at"));
        }
        String measure = given().get("/api/v1/adoptions/" + id).path("measures[0].id");
        assertThat(statusOn("650000", "2022-02-28", measure)).isEqualTo("planned");
        assertThat(statusOn("650000", "2022-03-01", measure)).isEqualTo("in-progress");
        assertThat(statusOn("650000", "2021-05-31", measure)).isNull();
        given().queryParam("province", "650000")
                .queryParam("asOf", "2022-02-28")
                .queryParam("status", "in-progress")
                .get("/api/v1/adoptions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(plan + "-01")));
        given().queryParam("province", "650000")
                .queryParam("asOf", "2022-03-01")
                .queryParam("status", "in-progress")
                .get("/api/v1/adoptions")
                .then()
                .body("items.id", equalTo(List.of(plan + "-01", id)))
                .body("items[1].history", hasSize(2));
        given().queryParam("province", "650000")
                .queryParam("asOf", "2022-02-28")
                .get("/api/v1/adoptions")
                .then()
                .body("items.find { it.id == '" + id + "' }.history", hasSize(1));

        // a correction moves the start: the report it names stays in the history, no longer counted
        long reportId = given().get("/api/v1/adoptions/" + id).jsonPath().getLong("history[1].id");
        Map<String, Object> correction = report("2022-04-15", "in-progress", "实施方案印发日期更正");
        correction.put("corrects", reportId);
        JsonPath corrected = post(AdoptionTesting.ADMIN, id, 2, correction)
                .then()
                .statusCode(200)
                .body("statusSince", equalTo("2022-04-15"))
                .extract()
                .jsonPath();
        assertThat(corrected.getLong("history[2].corrects")).isEqualTo(reportId);
        assertThat(corrected.getLong("history[1].correctedBy")).isEqualTo(corrected.getLong("history[2].id"));
        assertThat(statusOn("650000", "2022-03-01", measure)).isEqualTo("planned");
        assertThat(statusOn("650000", "2022-04-15", measure)).isEqualTo("in-progress");
    }

    /** The status a province's coverage counts the measure under on a day; null when it is not adopted then. */
    private static String statusOn(String province, String day, String measure) {
        JsonPath coverage = given().queryParam("province", province)
                .queryParam("asOf", day)
                .get("/api/v1/adoptions/coverage")
                .then()
                .statusCode(200)
                .body("asOf", equalTo(day))
                .extract()
                .jsonPath();
        JsonPath records = given().queryParam("province", province)
                .queryParam("asOf", day)
                .queryParam("measure", measure)
                .queryParam("limit", 500)
                .get("/api/v1/adoptions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> statuses = records.getList("items.status", String.class);
        int counted = coverage.getMap("byStatus").values().stream()
                .mapToInt(n -> (Integer) n)
                .sum();
        assertThat(counted).isEqualTo(coverage.getInt("adopted"));
        return statuses.isEmpty() ? null : statuses.get(0);
    }

    @Test
    void qinghaisCoverageOnTheNoticesDayIsTheNotice() {
        JsonPath onTheDay = given().queryParam("province", AdoptionTesting.QINGHAI)
                .queryParam("asOf", "2021-02-25")
                .queryParam("limit", 500)
                .get("/api/v1/adoptions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(onTheDay.getList("items.provenance.document", String.class))
                .hasSize(52)
                .containsOnly("青发改生态〔2021〕106号");
        // work done (11, 22, 46, 47) or going on (3, 15, 28, 30, 32, 50) by the notice's own words
        assertThat(onTheDay.getList("items.findAll { it.status == 'in-progress' }.rowNumber", Integer.class))
                .containsExactly(3, 11, 15, 22, 28, 30, 32, 46, 47, 50);
        // row 48's regulation, the measure it adopts, was passed in 2014-11: implemented on that evidence
        assertThat(onTheDay.getList("items.findAll { it.status == 'implemented' }.rowNumber", Integer.class))
                .containsExactly(48);
        given().get("/api/v1/adoptions/" + AdoptionTesting.QINGHAI + "-2021-106-48")
                .then()
                .body("history[0].status", equalTo("implemented"))
                .body("history[0].effectiveOn", equalTo("2021-02-25"))
                .body("history[0].evidence[0].actDate", equalTo("2014-11"))
                .body("history[0].evidence[0].documentNumber", equalTo("青发改生态〔2021〕106号"));
        given().get("/api/v1/adoptions/" + AdoptionTesting.QINGHAI + "-2021-106-17")
                .then()
                .body("openMilestones[0].figure.value", equalTo(1))
                .body("openMilestones[0].figure.upTo", equalTo(2))
                .body("openMilestones[0].figure.what", equalTo("县"));
        long noticeMeasures =
                onTheDay.getList("items.measures.flatten().findAll { it.status == 'active' }.id", String.class).stream()
                        .distinct()
                        .count();
        JsonPath coverage = given().queryParam("province", AdoptionTesting.QINGHAI)
                .queryParam("asOf", "2021-02-25")
                .get("/api/v1/adoptions/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat((long) coverage.getInt("adopted")).isEqualTo(noticeMeasures);
        assertThat(coverage.getInt("byStatus.in-progress")).isEqualTo(10);
        assertThat(coverage.getInt("byStatus.implemented")).isEqualTo(1);
        given().queryParam("province", AdoptionTesting.QINGHAI)
                .queryParam("asOf", "2021-02-24")
                .get("/api/v1/adoptions/coverage")
                .then()
                .statusCode(200)
                .body("adopted", equalTo(0));
        given().get("/api/v1/adoptions/630000-2021-106-48")
                .then()
                .body("history[0].effectiveOn", equalTo("2021-02-25"))
                .body("history[0].evidence[0].excerpt", containsString("审议通过《青海省生态文明建设促进条例》"));
        given().get("/api/v1/adoptions/630000-2021-106-12")
                .then()
                .body("milestones.dueOn", equalTo(List.of("2023-12-31", "2023-12-31")))
                .body("openMilestones[0].figure.what", equalTo("街道"));
    }

    @Test
    void badReportsAre4xxAndStoreNothing() {
        String plan = importNotice("150000");
        String id = plan + "-03";
        String other = importNotice("150000") + "-01";
        long foreignEntry = given().get("/api/v1/adoptions/" + other).jsonPath().getLong("history[0].id");
        String innerMongolia = Tokens.provinceEditor("nmg-clerk", "150000");
        String tomorrow = LocalDate.now(org.ecoreform.platform.change.Timestamps.REFORM_TIME_ZONE)
                .plusDays(2)
                .toString();
        Map<String, Object> ftp = report("2022-03-01", "in-progress", "附件见FTP");
        ftp.put("evidence", List.of(Map.of("title", "方案", "url", "ftp://files.example.cn/fangan.pdf")));
        Map<String, Object> unknownEntry = report("2022-03-01", "in-progress", "更正");
        unknownEntry.put("corrects", 999_999_999L);
        Map<String, Object> foreign = report("2022-03-01", "in-progress", "更正");
        foreign.put("corrects", foreignEntry);

        post(AdoptionTesting.QINGHAI_EDITOR, id, 1, report("2022-03-01", "in-progress", "越权"))
                .then()
                .spec(ProblemSpecs.problem(403));
        post(innerMongolia, id, 1, ftp).then().spec(ProblemSpecs.problem(400, "evidence[0].url"));
        post(innerMongolia, id, 1, report(tomorrow, "in-progress", "未来"))
                .then()
                .spec(ProblemSpecs.problem(422, "effectiveOn"));
        post(innerMongolia, id, 1, unknownEntry).then().spec(ProblemSpecs.problem(422, "corrects"));
        post(innerMongolia, id, 1, foreign).then().spec(ProblemSpecs.problem(422, "corrects"));
        post(innerMongolia, id, 1, report("2021-05-31", "in-progress", "早于采纳"))
                .then()
                .spec(ProblemSpecs.problem(422, "effectiveOn"));
        post(innerMongolia, id, 1, report("2022-03-01", "implemented", "跳步"))
                .then()
                .spec(ProblemSpecs.problem(409))
                .body("detail", containsString("planned cannot become implemented"));
        post(innerMongolia, id, 1, report("2022-03-01", "done", "未知状态"))
                .then()
                .spec(ProblemSpecs.problem(400, "status"));
        post(innerMongolia, id, 7, report("2022-03-01", "in-progress", "过期版本"))
                .then()
                .spec(ProblemSpecs.problem(412));
        given().auth()
                .oauth2(innerMongolia)
                .contentType(ContentType.JSON)
                .body(report("2022-03-01", "in-progress", "无版本"))
                .post("/api/v1/adoptions/" + id + "/progress")
                .then()
                .spec(ProblemSpecs.problem(428));
        given().get("/api/v1/adoptions/" + id)
                .then()
                .body("version", equalTo(1))
                .body("history", hasSize(1))
                .body("status", equalTo("planned"))
                .body("history[0].correctedBy", nullValue());

        post(innerMongolia, id, 1, report("2022-03-01", "in-progress", "自治区印发实施方案"))
                .then()
                .statusCode(200)
                .body("history[1].by", equalTo("nmg-clerk"));
    }
}
