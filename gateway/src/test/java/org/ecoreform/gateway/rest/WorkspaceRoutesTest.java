package org.ecoreform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.Test;

/**
 * The workspace's relay without a session (the sign-in itself, with a real provider and browser, is
 * deploy's DashboardBrowserTest): every call answers 401 problem+json rather than a redirect a
 * script cannot follow, a write without the workspace's header is refused before any session is
 * looked at, and the public pages never load the workspace's code.
 */
@QuarkusTest
class WorkspaceRoutesTest {

    @Test
    void withoutASessionTheRelayAndTheSessionAnswer401() {
        given().accept("application/json").get("/workspace/api/session").then().spec(ProblemSpecs.problem(401));
        given().accept("application/json")
                .get("/workspace/api/v1/adoptions?province=630000")
                .then()
                .spec(ProblemSpecs.problem(401));
        given().contentType("application/json")
                .header("X-Requested-With", "JavaScript")
                .body("{\"status\":\"in-progress\",\"effectiveOn\":\"2024-01-02\",\"narrative\":\"x\"}")
                .post("/workspace/api/v1/adoptions/630000-2021-106-1/progress")
                .then()
                .spec(ProblemSpecs.problem(401));
    }

    @Test
    void aWriteWithoutTheWorkspacesHeaderIsRefusedAndUnknownPathsAreNotFound() {
        String detail = given().contentType("application/json")
                .cookie("q_session", "anything")
                .body("{}")
                .post("/workspace/api/v1/adoptions/630000-2021-106-1/progress")
                .then()
                .spec(ProblemSpecs.problem(403))
                .extract()
                .path("detail");
        assertThat(detail).contains("X-Requested-With");
        given().get("/workspace/api/v1/no-such-collection").then().spec(ProblemSpecs.problem(404));
    }

    @Test
    void thePublicPageDoesNotLoadTheWorkspace() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        assertThat(page).contains("/assets/app-").doesNotContain("workspace");
    }
}
