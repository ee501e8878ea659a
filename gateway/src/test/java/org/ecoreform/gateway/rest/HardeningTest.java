package org.ecoreform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
    void everyOriginMayReadButOnlyTheAllowListWrites() {
        String portal = "https://www.qinghai.gov.cn";
        given().header("Origin", portal)
                .get("/api/v1/views/overview")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", portal)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,if-none-match")
                .options("/api/v1/measures/N2020-03")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD");
        given().header("Origin", portal)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .options("/api/v1/measures/N2020-03")
                .then()
                .spec(ProblemSpecs.problem(403))
                .body("detail", containsString("https://www.qinghai.gov.cn may read (GET, HEAD) but not PUT"))
                .header("Access-Control-Allow-Origin", nullValue());
        // the write itself, as a page could send it without a preflight: refused, nothing stored
        String name = "跨域写入测试-" + System.nanoTime();
        given().header("Origin", portal)
                .auth()
                .oauth2(Tokens.withRoles("cross-origin-editor", Roles.CATALOGUE_EDITOR))
                .contentType("application/json")
                .body(java.util.Map.of(
                        "listCode",
                        "N2020",
                        "categoryId",
                        "C09",
                        "name",
                        name,
                        "content",
                        "x",
                        "sourceProvinces",
                        List.of("360000"),
                        "departments",
                        List.of("pboc")))
                .post("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(403));
        given().queryParam("q", name)
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .options("/api/v1/measures/N2020-03")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "http://localhost:8080")
                .header("Vary", containsString("Origin"));
    }

    @Test
    void everyAnswerTellsTheClientItsQuota() {
        String token = Tokens.withRoles("quota-reader-" + System.nanoTime(), Roles.ADMIN);
        Response first = given().auth().oauth2(token).get("/api/v1/views/overview");
        Response second = given().auth().oauth2(token).get("/api/v1/views/overview");
        assertThat(first.header("RateLimit-Limit")).isEqualTo("20");
        assertThat(Integer.parseInt(first.header("RateLimit-Remaining"))).isBetween(18, 19);
        assertThat(Integer.parseInt(second.header("RateLimit-Remaining")))
                .isLessThan(20)
                .isLessThanOrEqualTo(Integer.parseInt(first.header("RateLimit-Remaining")));
        assertThat(Integer.parseInt(second.header("RateLimit-Reset"))).isBetween(1, 4);
    }

    @Test
    void swaggerUiRunsUnderAPolicyOfItsOwnWhileTheApiKeepsTheStrictOne() {
        assertThat(given().get("/q/swagger-ui/")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("Content-Security-Policy"))
                .contains("script-src 'self' 'unsafe-inline'")
                .contains("frame-ancestors 'none'");
        assertThat(given().get("/api/v1/views/overview").header("Content-Security-Policy"))
                .startsWith("default-src 'self'")
                .doesNotContain("script-src");
        String document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(document)
                .contains("\"operationId\":\"listAdoptions\"")
                .contains("\"operationId\":\"getProvinceView\"");
        assertThat(given().get("/q/openapi").then().statusCode(200).extract().asString())
                .startsWith("---")
                .contains("listMeasures");
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
