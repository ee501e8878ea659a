package org.ecoreform.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ecoreform.indicators.importer.PublishedValues;
import org.ecoreform.indicators.service.PublishedValueLoader;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A value published before the province's plan, for a scope no target of it names yet, is kept under
 * an indicator of its own; the plan that names its indicator for that scope takes it over.
 * Ningxia (640000) is a province no other test writes.
 */
@QuarkusTest
class PublishedValuesFollowTargetsTest {

    private static final String PROVINCE = "640000";
    private static final String LOADED = PROVINCE + "-good-air-days-ratio-prefecture-cities-2020";
    private static final String MOVED = PROVINCE + "-good-air-days-ratio-2020";

    @Inject
    PublishedValueLoader publishedValues;

    @Test
    void aValueLoadedBeforeThePlanMovesToTheTargetThatNamesItsScope() {
        PublishedValues.Value value = new PublishedValues.Value(
                PROVINCE, 2020, "设区城市环境空气质量优良天数比率", new BigDecimal("98.7"), "%", "宁夏回族自治区生态环境厅", "2021-02", 1);
        List<String> loaded = QuarkusTransaction.requiringNew()
                .call(() -> publishedValues.load(
                        List.of(value), Caller.system("test-loader"), OffsetDateTime.now(ZoneOffset.UTC)));
        assertThat(loaded).singleElement().asString().contains("good-air-days-ratio-prefecture-cities");
        given().get("/api/v1/observations/" + LOADED).then().statusCode(200).body("value", equalTo(98.7f));

        JsonPath report = given().auth()
                .oauth2(ObservationAndAttainmentTest.INDICATOR_EDITOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "province",
                        PROVINCE,
                        "title",
                        "宁夏生态文明建设实施方案",
                        "issuedOn",
                        "2019-06-30",
                        "text",
                        "到2020年，设区城市环境空气质量优良天数比例达到98%以上。"))
                .queryParam("commit", "true")
                .post("/api/v1/target-imports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(report.getList("notes", String.class))
                .anySatisfy(note -> assertThat(note).contains(LOADED + " → " + MOVED));

        // the target sees the value, with its publication; the value as loaded stays readable and says where it went
        given().get("/api/v1/targets/" + MOVED)
                .then()
                .statusCode(200)
                .body("latestObservation.value", equalTo(98.7f))
                .body("attainment.status", equalTo("met"));
        given().get("/api/v1/observations/" + MOVED)
                .then()
                .statusCode(200)
                .body("movedFrom", equalTo(LOADED))
                .body("publication.wording", equalTo("设区城市环境空气质量优良天数比率"))
                .body("history[0].value", equalTo(98.7f));
        String tag = given().get("/api/v1/observations/" + LOADED)
                .then()
                .statusCode(200)
                .body("movedTo", equalTo(MOVED))
                .extract()
                .header("ETag");
        given().queryParam("province", PROVINCE)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(MOVED)));
        // the old one takes no corrections
        given().auth()
                .oauth2(Tokens.withRoles("platform-admin", Roles.ADMIN))
                .header("If-Match", tag)
                .contentType(ContentType.JSON)
                .body(Map.of("value", 99, "status", "verified", "source", "更正"))
                .put("/api/v1/observations/" + LOADED)
                .then()
                .spec(ProblemSpecs.problem(409));
        // loading the same value again adds nothing: it is known, under the target's indicator now
        List<String> again = QuarkusTransaction.requiringNew()
                .call(() -> publishedValues.load(
                        List.of(value), Caller.system("test-loader"), OffsetDateTime.now(ZoneOffset.UTC)));
        assertThat(again).isEmpty();
        given().get("/api/v1/targets?province=" + PROVINCE).then().body("items.id", hasItem(MOVED));
    }
}
