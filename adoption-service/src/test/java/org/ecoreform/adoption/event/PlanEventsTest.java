package org.ecoreform.adoption.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.service.PlanAnnouncements;
import org.ecoreform.platform.testing.EventCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plans are on a topic of their own, so that the topics alone rebuild plans and their records. */
@QuarkusTest
class PlanEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PlanAnnouncements announcements;

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    @Test
    void anImportedPlanIsAnnouncedAndARecordAddedToItKeepsItsDocument() throws Exception {
        String documentNumber = "宁发改〔2021〕31号";
        String planId;
        try (EventCapture capture = EventCapture.fromNow(AdoptionPlanEvents.TOPIC)) {
            planId = given().auth()
                    .oauth2(AdoptionTesting.ADMIN)
                    .contentType(ContentType.JSON)
                    .queryParam("commit", "true")
                    .body(Map.of(
                            "plan",
                            Map.of(
                                    "province", "640000",
                                    "issuingBody", "宁夏回族自治区发展和改革委员会",
                                    "documentNumber", documentNumber,
                                    "issuedOn", "2021-04-02",
                                    "title", "关于推广国家生态文明试验区改革举措的通知"),
                            "text",
                            "名称\t来源\t落实措施\t责任单位\n1. “福林贷”\t福建省\t推广林农小额信用贷款。\t自治区林草局"))
                    .post("/api/v1/imports")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("planId");
            List<ConsumerRecord<String, String>> events = capture.awaitForKey(planId, 1, Duration.ofSeconds(30));
            JsonNode plan = JSON.readTree(events.get(0).value());
            assertThat(EventCapture.header(events.get(0), "ce_type")).isEqualTo(AdoptionPlanEvents.CHANGED);
            assertThat(plan.path("id").asText()).isEqualTo(planId).isEqualTo("640000-2021-31");
            assertThat(plan.path("province").path("nameEn").asText()).isEqualTo("Ningxia");
            assertThat(plan.path("documentNumber").asText()).isEqualTo(documentNumber);
            assertThat(plan.path("issuedOn").asText()).isEqualTo("2021-04-02");
            assertThat(plan.path("version").asLong()).isEqualTo(1);
            assertThat(plan.path("provenance").path("document").asText()).isEqualTo(documentNumber);
        }
        // a record added to the plan through the API comes from the plan's document
        Map<String, Object> body = Map.of(
                "planId",
                planId,
                "measureIds",
                List.of("N2020-58"),
                "actions",
                "推广林业金融服务平台。",
                "responsibleUnits",
                List.of("自治区林草局"));
        given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/adoptions")
                .then()
                .statusCode(201)
                .body("provenance.document", org.hamcrest.Matchers.equalTo(documentNumber));
    }

    @Test
    void aPlanStoredBeforePlansHadATopicIsAnnouncedOnce() throws Exception {
        String planId = AdoptionTesting.PLAN;
        QuarkusTransaction.requiringNew().run(() -> AdoptionPlan.<AdoptionPlan>findById(planId).version = 0);
        try (EventCapture capture = EventCapture.fromNow(AdoptionPlanEvents.TOPIC)) {
            assertThat(announcements.announceUnannounced()).isEqualTo(1);
            assertThat(announcements.announceUnannounced()).isZero();
            JsonNode plan = JSON.readTree(capture.awaitForKey(planId, 1, Duration.ofSeconds(30))
                    .get(0)
                    .value());
            assertThat(plan.path("version").asLong()).isEqualTo(1);
            assertThat(plan.path("documentNumber").asText()).isEqualTo("青发改生态〔2021〕106号");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> AdoptionPlan.<AdoptionPlan>findById(planId).version))
                .isEqualTo(1);
    }
}
