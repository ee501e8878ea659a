package org.ecoreform.measures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service reads every "now" from its Clock bean: a test that replaces it moves the whole service. */
@QuarkusTest
class ServiceClockTest {

    private static final Instant MOMENT = Instant.parse("2031-02-03T04:05:06.123456789Z");
    /** As stored: microseconds. */
    private static final String STORED = "2031-02-03T04:05:06.123456Z";

    @BeforeEach
    void putTheServiceAtAnotherMoment() {
        QuarkusMock.installMockForType(Clock.fixed(MOMENT, ZoneOffset.UTC), Clock.class);
    }

    @Test
    void aWriteIsStampedByTheClockInItsAnswerItsStateAndItsAudit() {
        String id = MeasureWriteTest.create(MeasureWriteTest.input("时钟测试" + UUID.randomUUID()))
                .then()
                .statusCode(201)
                .body("createdAt", equalTo(STORED))
                .body("updatedAt", equalTo(STORED))
                .extract()
                .path("id");

        given().get("/api/v1/measures/" + id).then().statusCode(200).body("createdAt", equalTo(STORED));
        given().auth()
                .oauth2(AuditTrailTest.ADMIN)
                .queryParam("aggregateId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].occurredAt", equalTo(STORED));
    }
}
