package org.ecoreform.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;

/** Waiting for the views with a deadline, never a fixed sleep. */
public final class GatewayTesting {

    private GatewayTesting() {}

    /** Until the reference data of all three services is in the views and nothing is left to read. */
    public static void awaitReferenceViews() {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    JsonPath profile =
                            given().get("/api/v1/views/provinces/630000").jsonPath();
                    JsonPath jiangxi =
                            given().get("/api/v1/views/provinces/360000").jsonPath();
                    return profile.getInt("coverage.catalogue") >= 90
                            && profile.getInt("coverage.adopted") >= 53
                            && jiangxi.getList("targets").size() >= 15
                            && given().get("/api/v1/views/framework").statusCode() == 200
                            && caughtUp();
                });
    }

    public static boolean caughtUp() {
        JsonPath status = given().get("/api/v1/views/status").jsonPath();
        return status.getList("partitions").size() == 14 && status.getLong("lag") == 0;
    }
}
