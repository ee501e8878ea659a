package org.ecoreform.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoreform.indicators.importer.NationalList;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.SharedInfrastructure;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan tasks register on the shipped pilot plans. The catalogue the tasks are linked against is
 * published here: the whole national list, as measures-service states it, on the test broker.
 */
@QuarkusTest
class PlanTaskTest {

    private static final String ADMIN = Tokens.withRoles("platform-admin", Roles.ADMIN);
    private static final String CATALOGUE_EDITOR = Tokens.withRoles("ndrc-editor", Roles.CATALOGUE_EDITOR);
    private static final String JIANGXI = "360000";
    private static final String GUIZHOU = "520000";
    private static final List<NationalList.Row> MEASURES = NationalList.rows();

    @BeforeAll
    static void publishTheCatalogue() throws Exception {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers());
        try (Admin admin = Admin.create(kafka)) {
            admin.createTopics(List.of(new NewTopic("ecoreform.measures.v1", 3, (short) 1)
                            .configs(Map.of("cleanup.policy", "compact"))))
                    .all()
                    .get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(kafka, new StringSerializer(), new StringSerializer())) {
            ObjectMapper json = new ObjectMapper();
            for (NationalList.Row m : MEASURES) {
                Map<String, Object> state = Map.of(
                        "id", m.id(),
                        "listCode", "N2020",
                        "number", m.number(),
                        "name", m.name(),
                        "content", m.content(),
                        "category", Map.of("id", "C01"),
                        "status", "active",
                        "sourceProvinces",
                                m.sources().stream()
                                        .sorted()
                                        .map(p -> Map.of("id", p))
                                        .toList(),
                        "version", 1,
                        "provenance",
                                Map.of(
                                        "document",
                                        NationalList.DOCUMENT,
                                        "documentDate",
                                        NationalList.DATE.toString()));
                producer.send(new ProducerRecord<>("ecoreform.measures.v1", m.id(), json.writeValueAsString(state)))
                        .get();
            }
        }
    }

    /** The shipped plans are loaded and the catalogue replicated; tasks linked against it. */
    private static void linked() {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/api/v1/catalogue-replica").jsonPath().getInt("measures") >= MEASURES.size());
        given().auth().oauth2(ADMIN).post("/api/v1/plan-tasks/relink").then().statusCode(200);
    }

    private static JsonPath tasks(String province) {
        return given().queryParam("province", province)
                .queryParam("limit", 500)
                .get("/api/v1/plan-tasks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String taskStarting(String province, String text) {
        return tasks(province).getString("items.find { it.text.startsWith('" + text + "') }.id");
    }

    @Test
    void severalStatusesOrProvincesAreAlternatives() {
        List<String> overdue = taskIds("province=360000&status=overdue");
        List<String> done = taskIds("province=360000&status=done");
        List<String> due = taskIds("province=360000&status=due");
        List<String> all = taskIds("province=360000");
        assertThat(all).isNotEmpty().hasSize(overdue.size() + done.size() + due.size());
        assertThat(taskIds("province=360000&status=overdue,done,due")).isEqualTo(all);
        assertThat(taskIds("province=360000&status=done&status=overdue"))
                .hasSize(overdue.size() + done.size())
                .containsAll(overdue)
                .containsAll(done);
        assertThat(taskIds("province=360000,520000"))
                .hasSize(all.size() + taskIds("province=520000").size())
                .containsAll(all);
        given().get("/api/v1/plan-tasks?status=overdue,late").then().spec(ProblemSpecs.problem(400, "status"));
    }

    private static List<String> taskIds(String query) {
        return given().get("/api/v1/plan-tasks?limit=500&" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void theShippedPlansKeepTheirDatedTasks() {
        JsonPath jiangxi = tasks(JIANGXI);
        assertThat(jiangxi.getList("items")).hasSize(32);
        assertThat(tasks(GUIZHOU).getList("items")).hasSize(34);
        String balanceSheet = "items.find { it.text == '2018年出台江西省自然资源资产负债表' }";
        assertThat(jiangxi.getInt(balanceSheet + ".dueYear")).isEqualTo(2018);
        assertThat(jiangxi.getString(balanceSheet + ".section")).isEqualTo("三（六）2");
        assertThat(jiangxi.getString(balanceSheet + ".provenance.file")).isEqualTo("001_b109216fcd3a97d1.txt");
        assertThat(jiangxi.getInt(balanceSheet + ".provenance.line")).isEqualTo(65);
        given().queryParam("province", JIANGXI)
                .queryParam("year", 2019)
                .get("/api/v1/plan-tasks")
                .then()
                .body("items.dueYear", equalTo(List.of(2019, 2019)));
        given().queryParam("status", "someday")
                .get("/api/v1/plan-tasks")
                .then()
                .spec(ProblemSpecs.problem(400, "status"));
    }

    @Test
    void tasksAreLinkedOnlyWhenConfidentAndEditorsDecisionsStay() {
        linked();
        String vertical = taskStarting(JIANGXI, "2017年启动环保机构监测监察执法垂直管理改革");
        given().get("/api/v1/plan-tasks/" + vertical)
                .then()
                .body("linked", equalTo(true))
                .body("measures.id", equalTo(List.of("N2020-15")))
                .body("measures[0].basis", equalTo("matched"))
                .body("measures[0].phrases[0]", equalTo("机构监测监察执法垂直管理"))
                .body("measures[0].provenInProvince", equalTo(true));
        given().queryParam("measure", "N2020-15")
                .get("/api/v1/plan-tasks")
                .then()
                .body("items.province.id", equalTo(List.of(JIANGXI, GUIZHOU)));
        // shared words, none distinctive enough together: candidates with the phrases that made them, no link
        String tourism = taskStarting(GUIZHOU, "2017年制定贵州省全域旅游工作方案");
        JsonPath tourismTask = given().get("/api/v1/plan-tasks/" + tourism).jsonPath();
        assertThat(tourismTask.getList("measures")).isEmpty();
        assertThat(tourismTask.getList("candidates.id", String.class))
                .containsExactly("N2020-46", "N2020-52", "N2020-07");
        assertThat(tourismTask.getList("candidates[1].phrases", String.class)).contains("全域旅游");
        String compensation = taskStarting(JIANGXI, "2018年修订完善江西省流域生态保护补偿办法");
        JsonPath before = given().get("/api/v1/plan-tasks/" + compensation).jsonPath();
        assertThat(before.getList("measures")).isEmpty();
        assertThat(before.getList("candidates.id", String.class)).containsExactly("N2020-67", "N2020-66", "N2020-69");
        assertThat(before.getString("status")).isEqualTo("overdue");

        int version = before.getInt("version");
        given().auth()
                .oauth2(CATALOGUE_EDITOR)
                .header("If-Match", "\"v" + version + "\"")
                .contentType(ContentType.JSON)
                .body(Map.of("link", List.of("N2020-69"), "unlink", List.of("N2020-67")))
                .put("/api/v1/plan-tasks/" + compensation + "/links")
                .then()
                .statusCode(200)
                .body("measures.id", equalTo(List.of("N2020-69")))
                .body("measures[0].basis", equalTo("editor"))
                .body("measures[0].provenInProvince", equalTo(true))
                .body("candidates.id", equalTo(List.of("N2020-66")))
                // the measure decided was proven in Jiangxi: the list is the evidence the task was carried out
                .body("status", equalTo("done"))
                .body("completion.basis", equalTo("national-list"));
        given().auth().oauth2(ADMIN).post("/api/v1/plan-tasks/relink").then().statusCode(200);
        given().get("/api/v1/plan-tasks/" + compensation)
                .then()
                .body("measures.id", equalTo(List.of("N2020-69")))
                .body("decisions.measureId", equalTo(List.of("N2020-67", "N2020-69")));
        given().auth()
                .oauth2(CATALOGUE_EDITOR)
                .header("If-Match", "\"v" + (version + 1) + "\"")
                .contentType(ContentType.JSON)
                .body(Map.of("link", List.of("N2020-99")))
                .put("/api/v1/plan-tasks/" + compensation + "/links")
                .then()
                .spec(ProblemSpecs.problem(422, "link"));
    }

    @Test
    void aTaskWhoseMeasureTheListNamesAsProvenInItsProvinceIsDoneOnThatEvidence() {
        linked();
        String sponge = taskStarting(JIANGXI, "总结推广萍乡市海绵城市建设试点经验");
        JsonPath task = given().get("/api/v1/plan-tasks/" + sponge).jsonPath();
        assertThat(task.getList("measures.id", String.class)).containsExactly("N2020-10");
        assertThat(task.getString("status")).isEqualTo("done");
        assertThat(task.getString("completion.basis")).isEqualTo("national-list");
        assertThat(task.getString("completion.on")).isEqualTo("2020-11-25");
        assertThat(task.getString("completion.documentNumber")).isEqualTo(NationalList.DOCUMENT);
        assertThat(task.getString("completion.narrative")).contains("N2020-10");
        assertThat(task.getString("completion.by")).isEqualTo("plan-task-linker");
        given().queryParam("province", JIANGXI)
                .queryParam("status", "done")
                .get("/api/v1/plan-tasks")
                .then()
                .body("items.id", org.hamcrest.Matchers.hasItem(sponge));
        // a task linked across provinces is not evidenced: Guizhou's buy-back pilot became a Fujian and Jiangxi measure
        String buyBack = taskStarting(GUIZHOU, "2018年在国家级和省级自然保护区、毕节市公益林区内开展试点");
        given().get("/api/v1/plan-tasks/" + buyBack)
                .then()
                .body("measures.id", equalTo(List.of("N2020-36")))
                .body("measures[0].provenInProvince", equalTo(false))
                .body("status", equalTo("overdue"));

        // the province's own evidence replaces the list's and stays through a relinking
        given().auth()
                .oauth2(Tokens.provinceEditor("jiangxi-drc", JIANGXI))
                .header("If-Match", "\"v" + task.getInt("version") + "\"")
                .contentType(ContentType.JSON)
                .body(Map.of("on", "2020-12-30", "narrative", "全省城市建成区23.6%的面积达到海绵城市建设标准"))
                .post("/api/v1/plan-tasks/" + sponge + "/completion")
                .then()
                .statusCode(200)
                .body("completion.basis", equalTo("reported"))
                .body("completion.on", equalTo("2020-12-30"))
                .body("completion.by", equalTo("jiangxi-drc"));
        given().auth().oauth2(ADMIN).post("/api/v1/plan-tasks/relink").then().statusCode(200);
        given().get("/api/v1/plan-tasks/" + sponge)
                .then()
                .body("completion.basis", equalTo("reported"))
                .body("completion.on", equalTo("2020-12-30"));
    }

    @Test
    void aTaskDueEveryTwoYearsSaysSo() {
        JsonPath task = given().get("/api/v1/plan-tasks/" + taskStarting(GUIZHOU, "2017年起每2年"))
                .jsonPath();
        assertThat(task.getInt("periodYears")).isEqualTo(2);
        assertThat(task.getBoolean("yearly")).isFalse();
        JsonPath yearly = given().get("/api/v1/plan-tasks/" + taskStarting(GUIZHOU, "2017年起每年"))
                .jsonPath();
        assertThat(yearly.getInt("periodYears")).isEqualTo(1);
        assertThat(yearly.getBoolean("yearly")).isTrue();
    }

    @Test
    void aProvinceReportsATaskDoneAndBadReportsChangeNothing() {
        String id = taskStarting(GUIZHOU, "2018年编制全省自然资源资产负债表");
        JsonPath task = given().get("/api/v1/plan-tasks/" + id).jsonPath();
        assertThat(task.getString("status")).isEqualTo("overdue");
        int version = task.getInt("version");
        String guizhou = Tokens.provinceEditor("guizhou-drc", GUIZHOU);
        String tomorrow = LocalDate.now(org.ecoreform.platform.change.Timestamps.REFORM_TIME_ZONE)
                .plusDays(2)
                .toString();
        Map<String, Object> done = Map.of(
                "on",
                "2018-12-20",
                "narrative",
                "省统计局编制完成全省自然资源资产负债表",
                "documentNumber",
                "黔统发〔2018〕30号",
                "url",
                "https://stjj.guizhou.gov.cn/2018/30.html");
        given().auth()
                .oauth2(Tokens.provinceEditor("jiangxi-drc", JIANGXI))
                .header("If-Match", "\"v" + version + "\"")
                .contentType(ContentType.JSON)
                .body(done)
                .post("/api/v1/plan-tasks/" + id + "/completion")
                .then()
                .spec(ProblemSpecs.problem(403));
        given().auth()
                .oauth2(guizhou)
                .header("If-Match", "\"v" + version + "\"")
                .contentType(ContentType.JSON)
                .body(Map.of("on", tomorrow, "narrative", "未来"))
                .post("/api/v1/plan-tasks/" + id + "/completion")
                .then()
                .spec(ProblemSpecs.problem(422, "on"));
        given().auth()
                .oauth2(guizhou)
                .header("If-Match", "\"v" + version + "\"")
                .contentType(ContentType.JSON)
                .body(Map.of("on", "2018-12-20", "narrative", "见附件", "url", "ftp://files.example.cn/a.pdf"))
                .post("/api/v1/plan-tasks/" + id + "/completion")
                .then()
                .spec(ProblemSpecs.problem(400, "url"));
        given().auth()
                .oauth2(guizhou)
                .contentType(ContentType.JSON)
                .body(done)
                .post("/api/v1/plan-tasks/" + id + "/completion")
                .then()
                .spec(ProblemSpecs.problem(428));
        given().get("/api/v1/plan-tasks/" + id)
                .then()
                .body("version", equalTo(version))
                .body("status", equalTo("overdue"));

        given().auth()
                .oauth2(guizhou)
                .header("If-Match", "\"v" + version + "\"")
                .contentType(ContentType.JSON)
                .body(done)
                .post("/api/v1/plan-tasks/" + id + "/completion")
                .then()
                .statusCode(200)
                .body("status", equalTo("done"))
                .body("completion.documentNumber", equalTo("黔统发〔2018〕30号"))
                .body("completion.by", equalTo("guizhou-drc"));
        given().queryParam("province", GUIZHOU)
                .queryParam("status", "done")
                .get("/api/v1/plan-tasks")
                .then()
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void aPlanImportedThroughTheApiHasItsTasksToo() {
        String text = String.join(
                "\n",
                "二、总体要求",
                "（三）主要目标。到2025年，全区森林覆盖率保持在62%以上，全区水土保持率75%。",
                "三、重点任务",
                "（一）完善考核制度。",
                "1．建立绿色考核制度。健全考核评价体系，2022年出台生态文明建设目标评价考核办法；2023年起每年发布绿色发展指数，比2020年提高考核权重。",
                "四、保障措施");
        Map<String, Object> plan = Map.of(
                "province",
                "210000",
                "title",
                "辽宁生态文明体制改革实施方案（测试" + System.nanoTime() + "）",
                "issuedOn",
                "2021-09-01",
                "text",
                text);
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(plan)
                .post("/api/v1/target-imports")
                .then()
                .statusCode(200)
                .body("taskCount", equalTo(2))
                .body("tasks.dueYear", equalTo(List.of(2022, 2023)))
                .body("tasks[1].yearly", equalTo(true))
                // the clause before the year is an undated task: reported, not glued to the dated one
                .body("tasks[0].text", equalTo("2022年出台生态文明建设目标评价考核办法"))
                .body(
                        "notes.find { it.contains('undated task') }",
                        org.hamcrest.Matchers.startsWith("line 5: '健全考核评价体系' is an undated task"))
                .body("notes.find { it.contains('比2020年') }", org.hamcrest.Matchers.containsString("base year"))
                // a dated figure without a comparison is reported, not dropped
                .body(
                        "notes.find { it.contains('水土保持率75%') }",
                        org.hamcrest.Matchers.containsString("is not read as a target"));
        String key = "liaoning-" + System.nanoTime();
        long document = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(plan)
                .queryParam("commit", "true")
                .header("Idempotency-Key", key)
                .post("/api/v1/target-imports")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "false")
                .extract()
                .jsonPath()
                .getLong("sourceDocument");
        // a retry with the key gets the first answer; the same key for another body is refused; without a key, the plan
        // is stored already
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(plan)
                .queryParam("commit", "true")
                .header("Idempotency-Key", key)
                .post("/api/v1/target-imports")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("sourceDocument", equalTo((int) document));
        Map<String, Object> other = new java.util.HashMap<>(plan);
        other.put("title", "另一个方案");
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(other)
                .queryParam("commit", "true")
                .header("Idempotency-Key", key)
                .post("/api/v1/target-imports")
                .then()
                .spec(ProblemSpecs.problem(422, "Idempotency-Key"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(plan)
                .queryParam("commit", "true")
                .post("/api/v1/target-imports")
                .then()
                .spec(ProblemSpecs.problem(409));
        given().queryParam("province", "210000")
                .get("/api/v1/plan-tasks")
                .then()
                .body(
                        "items.findAll { it.sourceDocument == " + document + " }.text",
                        equalTo(List.of("2022年出台生态文明建设目标评价考核办法", "2023年起每年发布绿色发展指数，比2020年提高考核权重")))
                .body(
                        "items.findAll { it.sourceDocument == " + document + " }.section",
                        equalTo(List.of("三（一）1", "三（一）1")));
    }
}
