package org.ecoreform.adoption;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

    /** The plan is imported once the replica has caught up with the real measures-service's topic. */
    public static void awaitReferencePlan() {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/api/v1/plans/" + PLAN).statusCode() == 200);
    }
}
