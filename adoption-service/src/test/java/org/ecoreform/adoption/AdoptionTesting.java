package org.ecoreform.adoption;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.Tokens;

/** What the tests of this module share: tokens, and waiting for the reference plan to be loaded. */
public final class AdoptionTesting {

    public static final String QINGHAI = "630000";
    public static final String PLAN = "630000-2021-106";
    public static final String QINGHAI_EDITOR = Tokens.provinceEditor("qinghai-clerk", QINGHAI);
    public static final String FUJIAN_EDITOR = Tokens.provinceEditor("fujian-clerk", "350000");
    public static final String ADMIN = Tokens.withRoles("platform-admin", Roles.ADMIN);
    public static final String CATALOGUE_EDITOR = Tokens.withRoles("ndrc-editor", Roles.CATALOGUE_EDITOR);

    private AdoptionTesting() {}

    /**
     * A test class's own province plan: the notice committed through the import API unless a test of
     * the class did so already; {@code stored} is how many of its rows must become records.
     */
    public static void importOwnNotice(
            String planId, String province, String issuingBody, String documentNumber, String notice, int stored) {
        if (given().get("/api/v1/plans/" + planId).statusCode() == 200) {
            return;
        }
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "plan",
                        Map.of(
                                "province", province,
                                "issuingBody", issuingBody,
                                "documentNumber", documentNumber,
                                "issuedOn", "2021-05-10",
                                "title", "关于学习借鉴国家生态文明试验区改革举措的通知"),
                        "text",
                        notice))
                .queryParam("commit", "true")
                .post("/api/v1/imports")
                .then()
                .statusCode(201)
                .body("planId", equalTo(planId))
                .body("summary.stored", equalTo(stored));
    }

    /** The plan is imported once the replica has caught up with the real measures-service's topic. */
    public static void awaitReferencePlan() {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/api/v1/plans/" + PLAN).statusCode() == 200);
    }
}
