package org.ecoreform.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ecoreform.measures.service.FrameworkLoader;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The 2015 framework as loaded from its document, the measures' links to it, and editors' decisions on them. */
@QuarkusTest
class FrameworkTest {

    private static final String EDITOR = Tokens.withRoles("catalogue-clerk", Roles.CATALOGUE_EDITOR);

    @Inject
    FrameworkLoader loader;

    @Test
    void theDocumentItsSystemsAndArticles() {
        given().get("/api/v1/framework")
                .then()
                .statusCode(200)
                .body("id", equalTo("F2015"))
                .body("title", equalTo("生态文明体制改革总体方案"))
                .body("articleCount", equalTo(56))
                .body("systems", hasSize(8))
                .body("systems[0].id", equalTo("F2015-S1"))
                .body("systems[0].section", equalTo("二"))
                .body("systems[0].nameZh", equalTo("健全自然资源资产产权制度"))
                .body("systems[0].articleCount", equalTo(5))
                .body("systems.articleCount.sum()", equalTo(47))
                .body("generalSections.numeral", equalTo(List.of("一", "十")));
        given().get("/api/v1/framework/systems/F2015-S7")
                .then()
                .statusCode(200)
                .body("nameZh", equalTo("健全环境治理和生态保护市场体系"))
                .body(
                        "articles.id",
                        equalTo(List.of("F2015-A41", "F2015-A42", "F2015-A43", "F2015-A44", "F2015-A45", "F2015-A46")));
        given().queryParam("system", "F2015-S5")
                .get("/api/v1/framework/articles")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("F2015-A32"))
                .body("items.system", everyItem(equalTo("F2015-S5")));
        given().get("/api/v1/framework/articles").then().body("items", hasSize(56));
        given().get("/api/v1/framework/articles/F2015-A32")
                .then()
                .statusCode(200)
                .body("heading", equalTo("完善生态补偿机制"))
                .body("system.id", equalTo("F2015-S5"))
                .body("section.numeral", equalTo("六"))
                .body("provenance.line", equalTo(131))
                .body("measures.id", hasItem("N2020-68"))
                .body("measures.find { it.id == 'N2020-68' }.decidedBy", equalTo("reference-import"));
        given().get("/api/v1/framework/systems/F2015-S9").then().spec(ProblemSpecs.problem(404));
        given().get("/api/v1/framework/articles/F2015-A57").then().spec(ProblemSpecs.problem(404));
        given().get("/api/v1/framework/articles/..%2F..").then().statusCode(404);
        given().queryParam("system", "S7")
                .get("/api/v1/framework/articles")
                .then()
                .spec(ProblemSpecs.problem(400, "system"));
    }

    @Test
    void everyMeasureCarriesItsLinksAndCanBeFilteredBySystem() {
        given().get("/api/v1/measures/N2020-68")
                .then()
                .statusCode(200)
                .body("framework[0].article", equalTo("F2015-A32"))
                .body("framework[0].system", equalTo("F2015-S5"))
                .body("framework[0].decidedBy", equalTo("reference-import"));
        given().queryParam("frameworkSystem", "F2015-S5")
                .queryParam("limit", 500)
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("N2020-68"))
                .body("items.id", not(hasItem("N2020-89")));
        given().queryParam("frameworkSystem", "F2015-X")
                .get("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(400, "frameworkSystem"));
        // a category gets its systems from its measures (生态补偿 holds the basin compensation measures)
        given().get("/api/v1/categories")
                .then()
                .statusCode(200)
                .body("items.find { it.id == 'C10' }.frameworkSystems", hasItem("F2015-S5"));
    }

    @Test
    void theLinkReportShowsWhatWasLinkedAndWhatIsUncertain() {
        JsonPath report = given().get("/api/v1/framework/links")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        int linked = report.getInt("linked");
        assertThat(linked + report.getInt("uncertain")).isEqualTo(report.getInt("measures"));
        // every measure is placed in a system but those linked only to articles outside the eight systems
        List<String> outside = report.getList("items.findAll { it.placement == null }.measure", String.class);
        assertThat(outside).contains("N2020-85");
        assertThat(report.getInt("placed")).isEqualTo(report.getInt("measures") - outside.size());
        assertThat(report.getMap("byBasis").values().stream()
                        .mapToInt(v -> (Integer) v)
                        .sum())
                .isEqualTo(report.getInt("placed"));
        assertThat(report.getList("categories")).hasSize(14);
        assertThat(report.getString("categories.find { it.category == 'C10' }.system"))
                .isEqualTo("F2015-S5");
        assertThat(report.getDouble("rule.agreementMinScore")).isEqualTo(0.09);
        assertThat(report.getDouble("rule.minScore")).isEqualTo(0.15);
        assertThat(report.getFloat("lowestAcceptedScore")).isGreaterThanOrEqualTo(0.15f);
        given().queryParam("status", "uncertain")
                .get("/api/v1/framework/links")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("uncertain")))
                .body("items[0].candidates", hasSize(3))
                .body("items[0].links", hasSize(0));
        given().queryParam("status", "maybe")
                .get("/api/v1/framework/links")
                .then()
                .spec(ProblemSpecs.problem(400, "status"));
    }

    @Test
    void theReviewedLinksAndThePlacementOfEveryMeasure() {
        // the review moved N2020-85 from the leadership article to the one on laws, and took N2020-86's wrong link away
        given().get("/api/v1/measures/N2020-85")
                .then()
                .statusCode(200)
                .body("framework.article", equalTo(List.of("F2015-A54")))
                .body("framework[0].decidedBy", equalTo("catalogue-review"))
                // article 54 is of the implementation section: the measure serves none of the eight systems
                .body("placement", org.hamcrest.Matchers.nullValue());
        given().get("/api/v1/measures/N2020-86")
                .then()
                .statusCode(200)
                .body("framework", hasSize(0))
                .body("placement.system", equalTo("F2015-S8"))
                .body("placement.basis", equalTo("category"));
        // a national park measure serves territorial space (S2): its text and its category agree on the national-park
        // article
        given().get("/api/v1/measures/N2020-07")
                .then()
                .statusCode(200)
                .body("framework[0].article", equalTo("F2015-A12"))
                .body("framework[0].rule", equalTo("category-agreement"))
                .body("placement.system", equalTo("F2015-S2"))
                .body("placement.basis", equalTo("article-link"));
        given().queryParam("frameworkSystem", "F2015-S2")
                .queryParam("limit", 500)
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("N2020-07"))
                .body("items.placement.system", everyItem(equalTo("F2015-S2")));
        given().get("/api/v1/framework/systems/F2015-S2")
                .then()
                .statusCode(200)
                .body("measureCount", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aMeasureWrittenThroughTheApiIsPlacedAtOnceAndFollowsItsText() {
        String created = given().auth()
                .oauth2(EDITOR)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of(
                        "categoryId",
                        "C13",
                        "name",
                        "绿色信贷贴息机制", // write tests add to C13 only
                        "content",
                        "推广绿色信贷，对绿色信贷实行财政贴息，鼓励各类金融机构加大绿色信贷的发放力度。",
                        "sourceProvinces",
                        List.of("360000"),
                        "departments",
                        List.of("pboc")))
                .post("/api/v1/measures")
                .then()
                .statusCode(201)
                .body("framework.article", equalTo(List.of("F2015-A45")))
                .body("placement.system", equalTo("F2015-S7"))
                .body("placement.basis", equalTo("article-link"))
                .extract()
                .path("id");
        // renamed to a basin compensation scheme: the matcher's green-finance link gives way to the compensation
        // article
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(org.ecoreform.platform.http.MediaTypes.MERGE_PATCH_JSON_UTF8)
                .body(java.util.Map.of(
                        "name", "流域横向生态补偿机制", "content", "完善生态补偿机制，建立流域上下游横向生态补偿，" + "按照谁受益谁补偿的原则，探索建立跨流域生态补偿机制。"))
                .patch("/api/v1/measures/" + created)
                .then()
                .statusCode(200)
                .body("framework.article", equalTo(List.of("F2015-A32")))
                .body("placement.system", equalTo("F2015-S5"));
    }

    @Test
    void anEditorsDecisionsAreAuditedVersionedAndOutliveARelink() {
        String path = "/api/v1/measures/N2020-69";
        String tag = given().get(path)
                .then()
                .statusCode(200)
                .body("framework.article", hasItem("F2015-A32"))
                .extract()
                .header("ETag");
        long version = given().get(path).jsonPath().getLong("version");
        // remove the matcher's link, add another article
        String afterRemoval = given().auth()
                .oauth2(EDITOR)
                .header("If-Match", tag)
                .delete(path + "/framework/F2015-A32")
                .then()
                .statusCode(200)
                .body("framework.article", not(hasItem("F2015-A32")))
                .body("version", equalTo((int) version + 1))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", afterRemoval)
                .put(path + "/framework/F2015-A44")
                .then()
                .statusCode(200)
                .body("framework.find { it.article == 'F2015-A44' }.decidedBy", equalTo("catalogue-clerk"))
                .body("framework.find { it.article == 'F2015-A44' }.system", equalTo("F2015-S7"));
        given().get("/api/v1/framework/articles/F2015-A44").then().body("measures.id", hasItem("N2020-69"));

        // the matcher runs again, as a re-import would: it neither restores the removed link nor drops the added one
        QuarkusTransaction.requiringNew().run(() -> loader.relink(OffsetDateTime.now(ZoneOffset.UTC)));
        given().get(path)
                .then()
                .statusCode(200)
                .body("framework.article", not(hasItem("F2015-A32")))
                .body("framework.article", hasItem("F2015-A44"));
        // and the measures nobody decided on keep their links
        given().get("/api/v1/measures/N2020-70").then().body("framework.article", hasItem("F2015-A32"));
        given().auth()
                .oauth2(Tokens.withRoles("auditor", Roles.ADMIN))
                .queryParam("aggregateId", "N2020-69")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.actor", hasItem("catalogue-clerk"));
    }

    @Test
    void whatAnEditCannotDo() {
        String path = "/api/v1/measures/N2020-89";
        String tag = given().get(path).header("ETag");
        given().header("If-Match", tag)
                .put(path + "/framework/F2015-A49")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.provinceEditor("qinghai-clerk", "630000"))
                .header("If-Match", tag)
                .put(path + "/framework/F2015-A49")
                .then()
                .statusCode(403);
        given().auth().oauth2(EDITOR).put(path + "/framework/F2015-A49").then().spec(ProblemSpecs.problem(428));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v999\"")
                .put(path + "/framework/F2015-A49")
                .then()
                .spec(ProblemSpecs.problem(412));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", tag)
                .put(path + "/framework/F2015-A99")
                .then()
                .spec(ProblemSpecs.problem(404));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", tag)
                .delete(path + "/framework/F2015-A01")
                .then()
                .spec(ProblemSpecs.problem(404));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", tag)
                .put("/api/v1/measures/N1999-01/framework/F2015-A01")
                .then()
                .spec(ProblemSpecs.problem(404));
        given().get(path).then().header("ETag", equalTo(tag));
    }
}
