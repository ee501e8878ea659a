package org.ecoreform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.aayushatharva.brotli4j.decoder.Decoder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.ecoreform.gateway.GatewayTesting;
import org.ecoreform.gateway.views.ViewKey;
import org.ecoreform.gateway.views.ViewKind;
import org.ecoreform.gateway.views.ViewService;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ViewsTest {

    @BeforeEach
    void viewsLoaded() {
        GatewayTesting.awaitReferenceViews();
    }

    @Test
    void theQinghaiProfileComposesAllThreeDomains() {
        JsonPath profile = given().get("/api/v1/views/provinces/630000")
                .then()
                .statusCode(200)
                .body("province.nameZh", equalTo("青海省"))
                .body("plans.find { it.id == '630000-2021-106' }.documentNumber", equalTo("青发改生态〔2021〕106号"))
                .body("plans.find { it.id == '630000-2021-106' }.records", equalTo(52))
                .body("categories", hasSize(14))
                .extract()
                .jsonPath();
        Map<String, Object> greenFinance = profile.getMap("categories.find { it.id == 'C09' }");
        assertThat(greenFinance)
                .containsEntry("nameZh", "绿色金融")
                .containsEntry("catalogue", 9)
                .containsEntry("adopted", 5);
        assertThat((List<?>) greenFinance.get("records")).hasSize(5);
        assertThat(profile.getInt("coverage.adopted")).isEqualTo(53);
    }

    @Test
    void aPilotProvinceShowsItsTargetsWithAttainment() {
        given().get("/api/v1/views/provinces/360000")
                .then()
                .statusCode(200)
                .body("targets", hasSize(15))
                .body("targets.find { it.id == '360000-forest-coverage-2020' }.value", equalTo(63))
                // judged on the value Jiangxi's government published for 2020 (63.1 %)
                .body("targets.find { it.id == '360000-forest-coverage-2020' }.attainment.status", equalTo("met"))
                .body(
                        "targets.find { it.id == '360000-surface-water-good-ratio-2020' }.attainment.status",
                        equalTo("met"))
                // as many as indicators-service judges met at this moment
                .body("attainmentCounts.met", equalTo(metTargets("360000")));
    }

    private static int metTargets(String province) {
        return given().get("/api/v1/targets?province=" + province + "&attainment=met&count=true&limit=1")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    @Test
    void theMeasureViewListsItsAdopters() {
        given().get("/api/v1/views/measures/N2020-46")
                .then()
                .statusCode(200)
                .body("measure.name", equalTo("生态农业融合发展机制"))
                .body("measure.category.id", equalTo("C08"))
                .body("adopters.recordId", hasItem("630000-2021-106-27"))
                .body("adoptingProvinces", equalTo(1));
        given().get("/api/v1/views/measures/N1999-01").then().spec(ProblemSpecs.problem(404));
    }

    @Test
    void theOverviewAndTheGaps() {
        JsonPath overview = given().get("/api/v1/views/overview")
                .then()
                .statusCode(200)
                .body("categories", hasSize(14))
                .body("provinces.find { it.province.id == '630000' }.adoptedByCategory.C09", equalTo(5))
                .body("mostAdopted", hasSize(10))
                .body("leastAdopted[0].adoptedBy", equalTo(0))
                .body("allProvinces", hasSize(31))
                .body("allProvinces.find { it.id == '460000' }.nameEn", equalTo("Hainan"))
                .extract()
                .jsonPath();
        // the most adopted measure: adopted by as many provinces as adoption-service lists for it, and no fewer
        // than any other
        String most = overview.getString("mostAdopted[0].id");
        assertThat(overview.getInt("mostAdopted[0].adoptedBy")).isEqualTo(adoptingProvinces(most));
        assertThat(overview.getList("mostAdopted.adoptedBy", Integer.class))
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(overview.getInt("mostAdopted[0].adoptedBy")));
        JsonPath gaps = given().get("/api/v1/views/provinces/630000/gaps")
                .then()
                .statusCode(200)
                .body("gapCount", equalTo(37))
                .extract()
                .jsonPath();
        List<String> greenFinanceGaps = gaps.getList("categories.find { it.id == 'C09' }.measures.id", String.class);
        List<Integer> adoptedBy = gaps.getList("categories.find { it.id == 'C09' }.measures.adoptedBy", Integer.class);
        assertThat(greenFinanceGaps).containsExactlyInAnyOrder("N2020-60", "N2020-61", "N2020-62", "N2020-63");
        // most widely adopted first, then by id: other provinces' adoptions move the order, never the set
        for (int i = 1; i < greenFinanceGaps.size(); i++) {
            boolean ordered = adoptedBy.get(i - 1) > adoptedBy.get(i)
                    || (adoptedBy.get(i - 1).equals(adoptedBy.get(i))
                            && greenFinanceGaps.get(i - 1).compareTo(greenFinanceGaps.get(i)) < 0);
            assertThat(ordered)
                    .as("%s before %s", greenFinanceGaps.get(i - 1), greenFinanceGaps.get(i))
                    .isTrue();
        }
        given().get("/api/v1/views/provinces/999999").then().spec(ProblemSpecs.problem(404));
    }

    @Test
    void viewsAreCacheableAndCanBeCompact() {
        String etag = given().get("/api/v1/views/provinces/630000")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache, public")
                .extract()
                .header("ETag");
        assertThat(etag)
                .as("a strong tag of the bytes sent, in the coding the client accepts")
                .matches("\"[0-9a-f]{32}(-gzip|-br)?\"");
        given().header("If-None-Match", etag)
                .get("/api/v1/views/provinces/630000")
                .then()
                .statusCode(304);
        JsonPath compact = given().queryParam("fields", "province,coverage")
                .get("/api/v1/views/provinces/630000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(compact.getMap("")).containsOnlyKeys("province", "coverage");
        given().queryParam("fields", "a;drop table")
                .get("/api/v1/views/overview")
                .then()
                .spec(ProblemSpecs.problem(400, "fields"));
        // a name the view does not have is refused, naming those it has (read from the view's record)
        given().queryParam("fields", "province,coverge")
                .get("/api/v1/views/provinces/630000")
                .then()
                .spec(ProblemSpecs.problem(400, "fields"))
                .body("detail", containsString("has no field coverge; the province view has: province,"));
        // and so is a query parameter the view does not take, cached or not
        given().queryParam("field", "province")
                .get("/api/v1/views/provinces/630000")
                .then()
                .spec(ProblemSpecs.problem(400, "field"))
                .body("detail", containsString("this operation takes: fields, lang"));
    }

    @Inject
    ViewService views;

    /** The provinces adoption-service lists as adopting a measure. */
    private static int adoptingProvinces(String measure) {
        return given()
                .get("/api/v1/measures/" + measure + "/adopters?limit=500")
                .jsonPath()
                .getList("items.province.id")
                .stream()
                .collect(java.util.stream.Collectors.toSet())
                .size();
    }

    @Test
    void theFrameworkViewShowsEachSystemsArticlesMeasuresAndTheirAdoption() {
        JsonPath view = given().get("/api/v1/views/framework")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(view.getString("id")).isEqualTo("F2015");
        assertThat(view.getList("systems.id")).hasSize(8).startsWith("F2015-S1");
        assertThat(view.getList("systems.find { it.id == 'F2015-S7' }.articles.id"))
                .containsExactly("F2015-A41", "F2015-A42", "F2015-A43", "F2015-A44", "F2015-A45", "F2015-A46");
        assertThat(view.getList("general.id"))
                .hasSize(9)
                .startsWith("F2015-A01")
                .endsWith("F2015-A56");
        // the basin compensation measures under （三十二）完善生态补偿机制, each with the provinces adopting it
        Map<String, Object> compensation =
                view.getMap("systems.find { it.id == 'F2015-S5' }.articles.find { it.id == 'F2015-A32' }");
        assertThat(compensation).containsEntry("heading", "完善生态补偿机制");
        List<Map<String, Object>> measures =
                view.getList("systems.find { it.id == 'F2015-S5' }.articles.find { it.id == 'F2015-A32' }.measures");
        assertThat(measures).extracting(m -> m.get("id")).contains("N2020-68", "N2020-69", "N2020-70");
        for (Map<String, Object> measure : measures) {
            int adopting = given().get("/api/v1/views/measures/" + measure.get("id"))
                    .jsonPath()
                    .getInt("adoptingProvinces");
            assertThat(measure.get("provinces"))
                    .as("provinces adopting %s", measure.get("id"))
                    .isEqualTo(adopting);
        }
        assertThat(view.getInt("systems.find { it.id == 'F2015-S5' }.adoptingProvinces"))
                .isEqualTo(
                        measures.stream().anyMatch(m -> (int) m.get("provinces") > 0)
                                ? 1
                                : 0); // Qinghai is the one province with records
        // linked and placed as measures-service answers for its active measures
        List<Map<String, Object>> active = given().get("/api/v1/measures?status=active&limit=500")
                .jsonPath()
                .getList("items");
        assertThat(view.getInt("linkedMeasures"))
                .isEqualTo(active.stream()
                        .filter(m -> !((List<?>) m.get("framework")).isEmpty())
                        .count());
        // every measure is placed in one system: the systems' counts add up to the placed measures
        int placed = view.getInt("placedMeasures");
        assertThat(placed)
                .isEqualTo(
                        active.stream().filter(m -> m.get("placement") != null).count());
        assertThat(view.getList("systems.measures", Integer.class).stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(placed);
        assertThat(view.getList(
                        "systems.find { it.id == 'F2015-S2' }.articles.find { it.id == 'F2015-A12' }.measures.id"))
                .contains("N2020-07");
        assertThat(view.getList("systems.find { it.id == 'F2015-S8' }.placedWithoutArticle.id"))
                .contains("N2020-86");

        // the province view: coverage per system, from the same links
        JsonPath qinghai = given().get("/api/v1/views/provinces/630000").jsonPath();
        List<Map<String, Object>> systems = qinghai.getList("frameworkSystems");
        assertThat(systems).hasSize(8);
        Map<String, Object> s5 = qinghai.getMap("frameworkSystems.find { it.id == 'F2015-S5' }");
        Set<Object> placedInS5 = active.stream()
                .filter(m ->
                        m.get("placement") != null && "F2015-S5".equals(((Map<?, ?>) m.get("placement")).get("system")))
                .map(m -> m.get("id"))
                .collect(java.util.stream.Collectors.toSet());
        assertThat((int) s5.get("catalogue")).isEqualTo(placedInS5.size());
        Set<Object> adoptedByQinghai = given()
                .get("/api/v1/adoptions?province=630000&limit=500")
                .jsonPath()
                .getList("items.measures.flatten().id")
                .stream()
                .collect(java.util.stream.Collectors.toSet());
        assertThat((int) s5.get("adopted")).isEqualTo((int)
                placedInS5.stream().filter(adoptedByQinghai::contains).count());
        assertThat(systems)
                .allSatisfy(s -> assertThat((int) s.get("adopted")).isLessThanOrEqualTo((int) s.get("catalogue")));
        assertThat(systems.stream().mapToInt(s -> (int) s.get("catalogue")).sum())
                .isEqualTo(placed);
    }

    @Test
    void aViewInTheLanguageAskedNamesEachPairInItAndIsTaggedApart() {
        // a key no other test asks for: composed by ViewResource in English, then served from the cache alike
        String path = "/api/v1/views/provinces/540000";
        Response composed = given().queryParam("lang", "en")
                .queryParam("fields", "province")
                .get(path);
        composed.then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("province.name", equalTo("Tibet"))
                .body("province.nameZh", equalTo("西藏自治区"));
        assertThat(composed.header("ETag")).contains("-en");
        Response cached = given().header("Accept-Language", "en-GB,en;q=0.9")
                .queryParam("fields", "province")
                .get(path);
        assertThat(cached.asByteArray()).isEqualTo(composed.asByteArray());
        assertThat(cached.header("ETag")).isEqualTo(composed.header("ETag"));
        given().queryParam("lang", "zh")
                .queryParam("fields", "province")
                .get(path)
                .then()
                .body("province.name", equalTo("西藏自治区"));
        given().queryParam("fields", "province").get(path).then().body("province", not(hasKey("name")));
        given().queryParam("lang", "fr").get(path).then().spec(ProblemSpecs.problem(400, "lang"));
        // through the proxy, a service's answer in the language asked
        given().header("Accept-Language", "en")
                .get("/api/v1/categories")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("items.find { it.id == 'C09' }.name", equalTo("Green finance"));
    }

    @Test
    void theCachedPathAnswersExactlyWhatTheComposingResourceAnswers() {
        // a key no other test asks for, so the first request is composed by ViewResource
        ViewKey key = ViewKey.of(ViewKind.PROVINCE, "620000", Set.of("province", "plans", "coverage"));
        assertThat(views.cached(key)).isEmpty();
        Response composed =
                given().queryParam("fields", "coverage,plans,province").get("/api/v1/views/provinces/620000");
        composed.then().statusCode(200);
        assertThat(views.cached(key))
                .as("rendered once, now served from the cache")
                .isPresent();

        Response cached =
                given().queryParam("fields", "province,plans,coverage").get("/api/v1/views/provinces/620000");
        cached.then().statusCode(200);
        assertThat(cached.asByteArray()).isEqualTo(composed.asByteArray());
        for (String header : List.of("ETag", "Cache-Control", "Content-Type", "Content-Encoding", "Vary")) {
            assertThat(cached.header(header)).as(header).isEqualTo(composed.header(header));
        }
        String etag = cached.header("ETag");
        given().header("If-None-Match", "\"other\", W/" + etag)
                .queryParam("fields", "province,plans,coverage")
                .get("/api/v1/views/provinces/620000")
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .body(emptyString());
        given().header("If-None-Match", "\"other\"")
                .queryParam("fields", "province,plans,coverage")
                .get("/api/v1/views/provinces/620000")
                .then()
                .statusCode(200);
        given().queryParam("fields", "province,plans;x")
                .get("/api/v1/views/provinces/620000")
                .then()
                .spec(ProblemSpecs.problem(400, "fields"));

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .as("the views are counted by kind and status instead of the per-request HTTP timer")
                .containsPattern("ecoreform_views_served_total\\{status=\"304\",view=\"province\"} [1-9]")
                .doesNotContain("uri=\"/api/v1/views/provinces");
        assertThat(metrics)
                .as("the projection's lag per partition, caught up here")
                .containsPattern(
                        "ecoreform_consumer_lag\\{consumer=\"view-projector\",partition=\"0\",topic=\"ecoreform.measures.v1\"} [0-9.]+");
        assertThat(metrics)
                .as("the projection's Kafka consumer publishes its own client metrics")
                .containsPattern(
                        "kafka_consumer_fetch_manager_records_consumed_total\\{[^}]*client=\"view-projector\"[^}]*} [1-9]");
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'view-projector' }.status", org.hamcrest.Matchers.equalTo("UP"))
                .body(
                        "checks.find { it.name == 'view-projector' }.data.caughtUpSinceStart",
                        org.hamcrest.Matchers.equalTo(true))
                .body("checks.find { it.name == 'kafka' }.status", org.hamcrest.Matchers.equalTo("UP"));
    }

    @Test
    void viewsAreCompressedOncePerVersionWithAnETagPerCoding() throws Exception {
        for (String path :
                List.of("/api/v1/views/provinces/630000", "/api/v1/views/overview?fields=categories,provinces")) {
            HttpResponse<byte[]> identity = raw(path, null, null);
            HttpResponse<byte[]> gzip = raw(path, "gzip, deflate", null);
            HttpResponse<byte[]> brotli = raw(path, "gzip;q=0.8, br", null);
            for (HttpResponse<byte[]> response : List.of(identity, gzip, brotli)) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding, Accept-Language");
            }
            assertThat(identity.headers().firstValue("Content-Encoding"))
                    .as("a client without Accept-Encoding gets identity")
                    .isEmpty();
            assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes())
                    .isEqualTo(identity.body());
            assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
            assertThat(Decoder.decompress(brotli.body()).getDecompressedData()).isEqualTo(identity.body());
            assertThat(brotli.body().length).as("brotli against gzip").isLessThan(gzip.body().length);
            if (path.endsWith("630000")) {
                // record names in Chinese (UTF-8) dominate the province view and compress least: the benchmark reports
                // the ratios
                assertThat(gzip.body().length).as("gzip against identity").isLessThan(identity.body().length * 3 / 10);
            }

            String identityTag = identity.headers().firstValue("ETag").orElseThrow();
            String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
            assertThat(List.of(
                            identityTag,
                            gzipTag,
                            brotli.headers().firstValue("ETag").orElseThrow()))
                    .doesNotHaveDuplicates();
            assertThat(raw(path, "gzip", gzipTag).statusCode())
                    .as("304 for the gzip form")
                    .isEqualTo(304);
            assertThat(raw(path, null, identityTag).statusCode())
                    .as("304 for the identity form")
                    .isEqualTo(304);
            assertThat(raw(path, "gzip", identityTag).statusCode())
                    .as("the identity tag does not match the gzip form")
                    .isEqualTo(200);
            assertThat(raw(path, "gzip", gzipTag).headers().firstValue("Vary"))
                    .hasValue("Accept-Encoding, Accept-Language");
        }
    }

    /**
     * HTTP/1.1: the content codings are under test, not the h2c upgrade the JDK client would try first (with
     * it, a request once waited for an answer forever); a request gives up after 30 s rather than hang the build.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(10))
            .build();

    /** A request with nothing added by a client library (no automatic Accept-Encoding, no decoding). */
    private static HttpResponse<byte[]> raw(String path, String acceptEncoding, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(java.time.Duration.ofSeconds(30));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theStatusReportsOffsetsAndLagPerPartition() {
        given().get("/api/v1/views/status")
                .then()
                .statusCode(200)
                .body("partitions", hasSize(14))
                .body("partitions.topic", hasItem("ecoreform.adoptions.v1"))
                .body("partitions.topic", hasItem("ecoreform.framework.v1"))
                .body("lag", equalTo(0));
    }
}
