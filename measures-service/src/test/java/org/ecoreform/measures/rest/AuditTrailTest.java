package org.ecoreform.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoreform.measures.event.MeasureEvents;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.EventCapture;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The platform's audit trail and request ids, seen through measures-service. */
@QuarkusTest
class AuditTrailTest {

    static final String ADMIN = Tokens.withRoles("auditor-wang", Roles.ADMIN);

    @Test
    void aWriteIsAuditedWithItsActorRequestIdAndBothStates() {
        String id = MeasureWriteTest.createMeasure("生态环境损害赔偿资金管理办法");
        try (EventCapture capture = EventCapture.fromNow(MeasureEvents.TOPIC)) {
            given().auth()
                    .oauth2(MeasureWriteTest.EDITOR)
                    .header("X-Request-Id", "audit-test-0001")
                    .header("If-Match", "\"v1\"")
                    .contentType(MediaTypes.MERGE_PATCH_JSON_UTF8)
                    .body("{\"name\":\"生态环境损害赔偿资金管理规定\"}")
                    .patch("/api/v1/measures/" + id)
                    .then()
                    .statusCode(200)
                    .header("X-Request-Id", "audit-test-0001");

            List<ConsumerRecord<String, String>> events = capture.awaitForKey(id, 1, Duration.ofSeconds(30));
            assertThat(EventCapture.header(events.get(0), "ce_requestid")).isEqualTo("audit-test-0001");
        }

        JsonPath trail = given().auth()
                .oauth2(ADMIN)
                .queryParam("aggregateId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .jsonPath();
        assertThat(trail.getList("items.action")).containsExactly("updated", "created");
        assertThat(trail.getString("items[0].actor")).isEqualTo("editor-li");
        assertThat(trail.getList("items[0].roles")).containsExactly(Roles.CATALOGUE_EDITOR);
        assertThat(trail.getString("items[0].requestId")).isEqualTo("audit-test-0001");
        assertThat(trail.getString("items[0].request")).isEqualTo("PATCH /api/v1/measures/" + id);
        assertThat(trail.getString("items[0].before.name")).isEqualTo("生态环境损害赔偿资金管理办法");
        assertThat(trail.getString("items[0].after.name")).isEqualTo("生态环境损害赔偿资金管理规定");
        assertThat(trail.getInt("items[0].version")).isEqualTo(2);
        assertThat(trail.getString("items[1].request")).isEqualTo("POST /api/v1/measures");
        assertThat(trail.getString("items[1].before")).isNull();

        long entry = trail.getLong("items[0].id");
        given().auth()
                .oauth2(ADMIN)
                .get("/api/v1/audit/" + entry)
                .then()
                .statusCode(200)
                .body("aggregateId", equalTo(id));
        given().auth()
                .oauth2(ADMIN)
                .queryParam("requestId", "audit-test-0001")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.aggregateId", equalTo(List.of(id)));
        // total counts every page: the measure's two entries, one to a page
        given().auth()
                .oauth2(ADMIN)
                .queryParam("aggregateId", id)
                .queryParam("limit", 1)
                .queryParam("count", "true")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("total", equalTo(2));
    }

    @Test
    void theReferenceImportIsAuditedAsReferenceImportAsInEveryService() {
        given().auth()
                .oauth2(ADMIN)
                .queryParam("aggregateId", "N2020-03")
                .queryParam("actor", "reference-import")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("created")))
                .body("items[0].after.name", equalTo("“林票”制度"));
    }

    @Test
    void theTrailPagesNewestFirstAndRejectsBadFilters() {
        JsonPath first = given().auth()
                .oauth2(ADMIN)
                .queryParam("limit", 5)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Long> ids = first.getList("items.id", Long.class);
        assertThat(ids).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        List<Long> next = given().auth()
                .oauth2(ADMIN)
                .queryParam("limit", 5)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
        assertThat(next).allSatisfy(n -> assertThat(n).isLessThan(ids.get(4)));

        given().auth()
                .oauth2(ADMIN)
                .queryParam("since", "yesterday")
                .get("/api/v1/audit")
                .then()
                .spec(ProblemSpecs.problem(400, "since"));
        given().auth()
                .oauth2(ADMIN)
                .queryParam("cursor", "forged")
                .get("/api/v1/audit")
                .then()
                .spec(ProblemSpecs.problem(400, "cursor"));
        given().auth()
                .oauth2(ADMIN)
                .queryParam("limit", -1)
                .get("/api/v1/audit")
                .then()
                .spec(ProblemSpecs.problem(400, "limit"));
        given().auth()
                .oauth2(ADMIN)
                .queryParam("aggregateType", "x'; drop table audit_entry;--")
                .get("/api/v1/audit")
                .then()
                .spec(ProblemSpecs.problem(400, "aggregateType"));
        given().auth()
                .oauth2(ADMIN)
                .urlEncodingEnabled(false)
                .get("/api/v1/audit/..%2F..%2Fetc%2Fpasswd")
                .then()
                .spec(ProblemSpecs.problem(404));
    }

    @Test
    void onlyAdminsReadItAndNobodyCanChangeIt() {
        given().get("/api/v1/audit").then().spec(ProblemSpecs.problem(401));
        given().auth()
                .oauth2(MeasureWriteTest.EDITOR)
                .get("/api/v1/audit")
                .then()
                .spec(ProblemSpecs.problem(403));
        long newest = given().auth()
                .oauth2(ADMIN)
                .queryParam("limit", 1)
                .get("/api/v1/audit")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        String before =
                given().auth().oauth2(ADMIN).get("/api/v1/audit/" + newest).asString();
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"actor\":\"someone-else\"}")
                .put("/api/v1/audit/" + newest)
                .then()
                .spec(ProblemSpecs.problem(405));
        given().auth().oauth2(ADMIN).delete("/api/v1/audit/" + newest).then().spec(ProblemSpecs.problem(405));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/audit")
                .then()
                .spec(ProblemSpecs.problem(405));
        assertThat(given().auth().oauth2(ADMIN).get("/api/v1/audit/" + newest).asString())
                .isEqualTo(before);
    }

    @Test
    void everyResponseCarriesARequestIdAndAnUnsafeOneIsReplaced() {
        given().get("/api/v1/measures/N2020-03")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f]{12}-[0-9a-z]+"));
        given().header("X-Request-Id", "evil\u00e9 id")
                .get("/api/v1/measures/N2020-03")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f]{12}-[0-9a-z]+"));
        given().header("X-Request-Id", "x".repeat(101))
                .get("/api/v1/measures/N2020-03")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f]{12}-[0-9a-z]+"));
    }

    @Test
    void tokensForAnotherAudienceOrIssuerAreRefused() {
        for (String token : List.of(
                Tokens.wrongAudience("editor-li", Roles.CATALOGUE_EDITOR),
                Tokens.wrongIssuer("editor-li", Roles.CATALOGUE_EDITOR))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(MeasureWriteTest.input("不应写入"))
                    .post("/api/v1/measures")
                    .then()
                    .spec(ProblemSpecs.problem(401));
        }
        given().queryParam("q", "不应写入").get("/api/v1/measures").then().body("items", hasSize(0));
    }
}
