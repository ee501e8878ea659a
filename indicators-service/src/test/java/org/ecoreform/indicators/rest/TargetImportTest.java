package org.ecoreform.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoreform.indicators.event.TargetEvents;
import org.ecoreform.indicators.importer.DocumentText;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.BadInput;
import org.ecoreform.platform.testing.EventCapture;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** POST /api/v1/target-imports: any province's plan, read from its text; the plans here are written for the test. */
@QuarkusTest
class TargetImportTest {

    private static final String EDITOR = ObservationAndAttainmentTest.INDICATOR_EDITOR;
    private static final String ADMIN = Tokens.withRoles("platform-admin", Roles.ADMIN);

    /** A Hainan-style main-targets paragraph using the wordings plans use. */
    private static final String HAINAN_PLAN = String.join(
            "\n",
            "一、总体要求",
            "（三）主要目标",
            "到2025年，全省森林覆盖率保持在62%以上，细颗粒物年均浓度不高于13微克／立方米，地表水水质优良比例稳定在95%以上，",
            "城镇污水处理率提高到98%以上，湿地面积不低于32万公顷，国土空间开发强度控制在8%以内，守住耕地保有量1070万亩，",
            "基本消除城市黑臭水体，单位国内生产总值能耗比2015年下降10%，主要污染物排放量力争进一步下降。",
            "二、重点任务",
            "推进清洁能源岛建设，到2025年，清洁能源装机比重达到80%以上。");

    private static Map<String, Object> submission(String province, String title, String number, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("province", province);
        body.put("title", title);
        body.put("documentNumber", number);
        body.put("issuedOn", "2021-06-30");
        body.put("text", text);
        return body;
    }

    private static JsonPath dryRun(Map<String, Object> body) {
        return given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/target-imports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aDryRunReportsEveryTargetSentenceAndStoresNothing() {
        JsonPath report = dryRun(submission("460000", "海南省生态环境保护规划（测试）", "琼府〔2021〕99号", HAINAN_PLAN));
        assertThat(report.getBoolean("committed")).isFalse();
        assertThat(report.getInt("targetCount")).isEqualTo(11);
        assertThat(report.getList("targets.indicator", String.class))
                .startsWith(
                        "forest-coverage",
                        "pm25-annual-mean",
                        "surface-water-good-ratio",
                        "urban-sewage-treatment-rate",
                        "wetland-area",
                        "development-intensity");
        Map<String, Object> forest = report.getMap("targets[0]");
        assertThat(forest)
                .containsEntry("wording", "森林覆盖率")
                .containsEntry("match", "matched")
                .containsEntry("comparator", "≥")
                .containsEntry("unit", "%")
                .containsEntry("year", 2025)
                .containsEntry("line", 3)
                .containsEntry("section", "（三）主要目标");
        assertThat(report.getString("targets[0].sentence")).isEqualTo("全省森林覆盖率保持在62%以上");
        assertThat(report.getString("targets[1].unit")).isEqualTo("µg/m³");
        assertThat(report.getString("targets[5].comparator")).isEqualTo("≤");

        Map<String, Object> farmland = report.getMap("targets.find { it.wording == '耕地保有量' }");
        assertThat(farmland)
                .containsEntry("match", "proposed")
                .containsEntry("comparator", "≥")
                .containsEntry("unit", "万亩");
        assertThat(report.getString("targets.find { it.wording == '城市黑臭水体' }.comparator"))
                .isEqualTo("eliminate");
        Map<String, Object> energy = report.getMap("targets.find { it.indicator == 'energy-intensity' }");
        assertThat(energy)
                .containsEntry("comparator", "decrease")
                .containsEntry("value", 10)
                .containsEntry("unit", "%")
                .containsEntry("baselineYear", 2015)
                .containsEntry("line", 5);
        assertThat(report.getString("targets.find { it.indicator == 'major-pollutant-emissions' }.comparator"))
                .isEqualTo("decrease");
        // the key tasks' dated sentence, an indicator no one has defined yet
        Map<String, Object> cleanEnergy = report.getMap("targets.find { it.section == '二、重点任务' }");
        assertThat(cleanEnergy)
                .containsEntry("wording", "清洁能源装机比重")
                .containsEntry("match", "proposed")
                .containsEntry("line", 7);
        assertThat(report.getInt("proposedIndicatorCount")).isEqualTo(3);

        given().queryParam("province", "460000")
                .get("/api/v1/targets")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().get("/api/v1/indicators/" + farmland.get("indicator")).then().statusCode(404);
    }

    @Test
    void aCommitStoresTheTargetsWithProvenanceCreatesTheProposedIndicatorsAndAnnouncesEachTarget() throws Exception {
        String text = String.join("\n", "到2025年，全省森林覆盖率保持在58%以上，单位国内生产总值能耗比2020年下降13.5%，湿地保护率达到52%以上。");
        try (EventCapture capture = EventCapture.fromNow(TargetEvents.TOPIC)) {
            JsonPath report = given().auth()
                    .oauth2(ADMIN)
                    .contentType(ContentType.JSON)
                    .body(submission("450000", "广西生态环境保护规划（测试）", "桂政发〔2021〕7号", text))
                    .queryParam("commit", "true")
                    .post("/api/v1/target-imports")
                    .then()
                    .statusCode(201)
                    .header("Location", endsWith("/api/v1/targets?province=450000"))
                    .extract()
                    .jsonPath();
            assertThat(report.getBoolean("committed")).isTrue();
            assertThat(report.getList("targets.target", String.class))
                    .containsExactly(
                            "450000-forest-coverage-2025",
                            "450000-energy-intensity-2025",
                            report.getString("targets[2].target"));
            String wetlandIndicator = report.getString("targets[2].indicator");
            assertThat(report.getString("targets[2].match")).isEqualTo("proposed");

            given().get("/api/v1/targets/450000-energy-intensity-2025")
                    .then()
                    .statusCode(200)
                    .body("comparator", equalTo("decrease"))
                    .body("value", equalTo(13.5f))
                    .body("unit", equalTo("%"))
                    .body("baseline.year", equalTo(2020))
                    .body("baseline.value", nullValue())
                    .body("provenance.document", equalTo("广西生态环境保护规划（测试）（桂政发〔2021〕7号）"))
                    .body("provenance.line", equalTo(1))
                    .body("attainment.status", equalTo("no-data"));
            given().get("/api/v1/indicators/" + wetlandIndicator)
                    .then()
                    .statusCode(200)
                    .body("nameZh", equalTo("湿地保护率"))
                    .body("unit", equalTo("%"))
                    .body("direction", equalTo("higher"));
            given().get("/api/v1/source-documents")
                    .then()
                    .statusCode(200)
                    .body("items.find { it.documentNumber == '桂政发〔2021〕7号' }.targetCount", equalTo(3))
                    .body("items.find { it.documentNumber == '桂政发〔2021〕7号' }.importedBy", equalTo("platform-admin"));

            List<ConsumerRecord<String, String>> events =
                    capture.awaitForKey("450000-energy-intensity-2025", 1, Duration.ofSeconds(30));
            JsonNode state = new ObjectMapper().readTree(events.get(0).value());
            assertThat(state.at("/baseline/year").asInt()).isEqualTo(2020);
            assertThat(state.get("comparator").asText()).isEqualTo("decrease");

            // the relative target is judged on the base year's observed value: 0.60 − 13.5 % = 0.519
            String guangxi = Tokens.provinceEditor("guangxi-stats", "450000");
            for (Object[] point : new Object[][] {{2020, 0.60}, {2025, 0.51}}) {
                given().auth()
                        .oauth2(guangxi)
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "province",
                                "450000",
                                "indicator",
                                "energy-intensity",
                                "period",
                                point[0],
                                "value",
                                point[1],
                                "status",
                                "verified",
                                "source",
                                "广西统计年鉴"))
                        .post("/api/v1/observations")
                        .then()
                        .statusCode(201);
            }
            given().get("/api/v1/targets/450000-energy-intensity-2025")
                    .then()
                    .body("attainment.status", equalTo("met"))
                    .body("attainment.explanation", containsString("≤ 0.519"));

            // the same plan again: refused on commit, flagged in a dry run, nothing added
            given().auth()
                    .oauth2(EDITOR)
                    .contentType(ContentType.JSON)
                    .body(submission("450000", "广西生态环境保护规划（测试）", "桂政发〔2021〕7号", text))
                    .queryParam("commit", "true")
                    .post("/api/v1/target-imports")
                    .then()
                    .spec(ProblemSpecs.problem(409));
            assertThat(dryRun(submission("450000", "另一个标题", "桂政发〔2021〕7号", text))
                            .getList("notes", String.class))
                    .anySatisfy(
                            note -> assertThat(note).contains("imported before").contains("refused"));
            given().queryParam("province", "450000")
                    .get("/api/v1/targets")
                    .then()
                    .body("items", hasSize(3));
        }
    }

    @Test
    void theShippedPlansGoThroughTheSamePathAndAreKnownAsImported() {
        List<String> lines =
                DocumentText.read("reference/001_b109216fcd3a97d1.txt").lines().toList();
        int jiangxi = 6;
        int guizhou = 75; // the lines announcing each plan's full text (7 and 76, counted from 1)
        assertThat(lines.get(jiangxi)).contains("江西").contains("全文");
        assertThat(lines.get(guizhou)).contains("贵州").contains("全文");
        JsonPath report = dryRun(
                submission("360000", "国家生态文明试验区（江西）实施方案", null, String.join("\n", lines.subList(jiangxi, guizhou))));
        assertThat(report.getInt("targetCount")).isEqualTo(15);
        assertThat(report.getInt("proposedIndicatorCount")).isZero();
        assertThat(report.getList("notes", String.class))
                .anySatisfy(note -> assertThat(note).contains("imported before"));
        given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(submission(
                        "360000", "国家生态文明试验区（江西）实施方案", null, String.join("\n", lines.subList(jiangxi, guizhou))))
                .queryParam("commit", "true")
                .post("/api/v1/target-imports")
                .then()
                .spec(ProblemSpecs.problem(409));
    }

    @Test
    void whoMayImportAndWhatIsRefused() {
        Map<String, Object> body = submission("530000", "云南省规划（测试）", "云政发〔2021〕1号", "到2025年，全省森林覆盖率保持在65%以上。");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/target-imports")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.provinceEditor("yunnan-stats", "530000"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/target-imports")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(submission("990000", "x", null, "到2025年，森林覆盖率达到65%。"))
                .post("/api/v1/target-imports")
                .then()
                .spec(ProblemSpecs.problem(422, "province"));
        given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(submission("530000", "云南省规划（测试）", null, "加强生态文明建设。"))
                .queryParam("commit", "true")
                .post("/api/v1/target-imports")
                .then()
                .spec(ProblemSpecs.problem(422, "text"));
        given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(body)
                .queryParam("commit", "yes")
                .post("/api/v1/target-imports")
                .then()
                .spec(ProblemSpecs.problem(400, "commit"));
        Map<String, Object> future = new HashMap<>(body);
        future.put("issuedOn", "2999-01-01");
        given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(future)
                .post("/api/v1/target-imports")
                .then()
                .spec(ProblemSpecs.problem(400));
        // the hostile-input suite on the committing form; nothing of Yunnan's is stored afterwards
        BadInput.check(
                BadInput.Endpoint.json("POST", "/api/v1/target-imports?commit=true", EDITOR, body),
                () -> given().queryParam("province", "530000")
                        .get("/api/v1/targets")
                        .asString());
        given().queryParam("province", "530000").get("/api/v1/targets").then().body("items", hasSize(0));
        given().get("/api/v1/source-documents")
                .then()
                .body("items.title", org.hamcrest.Matchers.not(hasItem("云南省规划（测试）")));
    }
}
