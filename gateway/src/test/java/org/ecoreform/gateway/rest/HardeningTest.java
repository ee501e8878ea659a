package org.ecoreform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.Concurrently;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Rate limits, CORS and security headers of the public entry (test limits: 5/s, burst 20 per subject). */
@QuarkusTest
class HardeningTest {

    @Test
    void aClientOverItsLimitGets429WithRetryAfterWhileOthersAreServed() throws Exception {
        String flooder = Tokens.withRoles("flooder", Roles.ADMIN);
        // 40 requests at once (8 in flight) against a burst of 20 refilled at 5/s: at most 20 + 5/s of the
        // time they took can pass, however slow the machine
        long start = System.nanoTime();
        Callable<Response> call = () -> given().auth().oauth2(flooder).get("/api/v1/views/overview");
        List<Response> answers = Concurrently.run(8, Collections.nCopies(40, call));
        double seconds = (System.nanoTime() - start) / 1e9;
        int mayPass = 20 + (int) Math.ceil(5 * seconds);
        List<Response> limited =
                answers.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(limited)
                .as("40 requests in %.1f s against a burst of 20 refilled at 5/s", seconds)
                .hasSizeGreaterThanOrEqualTo(Math.max(1, 40 - mayPass));
        assertThat(answers.stream().filter(r -> r.statusCode() == 200)).hasSizeGreaterThanOrEqualTo(20);
        limited.get(0)
                .then()
                .spec(ProblemSpecs.problem(429))
                .body("type", equalTo("urn:ecoreform:problem:rate-limited"));
        assertThat(Integer.parseInt(limited.get(0).header("Retry-After"))).isBetween(1, 60);
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .as("refusals are counted")
                .containsPattern("ecoreform_rate_limit_refusals_total\\{caller=\"token\"} [1-9]");

        given().auth()
                .oauth2(Tokens.withRoles("calm-colleague", Roles.ADMIN))
                .get("/api/v1/views/overview")
                .then()
                .statusCode(200);
        given().get("/api/v1/views/overview").then().statusCode(200);
        given().auth().oauth2(flooder).get("/q/health/ready").then().statusCode(200);
        // a token that does not verify does not buy the flooder's subject a fresh bucket, nor block it: it counts by
        // address
        given().auth()
                .oauth2(Tokens.signedByStranger("flooder", Roles.ADMIN))
                .get("/api/v1/views/overview")
                .then()
                .statusCode(200);
    }

    @Test
    void portalsOnTheAllowListMayCallFromTheBrowser() {
        given().header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .options("/api/v1/measures/N2020-03")
                .then()
                .header("Access-Control-Allow-Origin", "http://localhost:8080");
        given().header("Origin", "https://portal.example.gov.cn")
                .get("/api/v1/views/overview")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://localhost:8080")
                .get("/api/v1/views/overview")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080");
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndARequestId() {
        for (String path :
                List.of("/api/v1/views/provinces/630000", "/api/v1/measures/N2020-03", "/api/v1/no-such-thing")) {
            Response response = given().header("X-Request-Id", "portal-7f3a").get(path);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("default-src 'self'");
            assertThat(response.header("X-Request-Id")).as(path).isEqualTo("portal-7f3a");
        }
    }
}
