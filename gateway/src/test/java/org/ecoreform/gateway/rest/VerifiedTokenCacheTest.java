package org.ecoreform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.ecoreform.gateway.edge.VerifiedTokenCache;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A token is verified once and kept until it expires; one that fails verification is never kept.
 * Checked on a write path (writes need a token at the gateway already): an empty body, so nothing is
 * written — a good token gets the service's 400, a bad one the gateway's 401.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aVerifiedTokenIsKeptUntilItExpiresAndRefusedAfter() {
        String shortLived = Tokens.expiringIn(Duration.ofSeconds(3), "short-lived-reader", Roles.ADMIN);
        write(shortLived).then().statusCode(400);
        assertThat(cache.holds(shortLived)).isTrue();
        write(shortLived).then().statusCode(400);
        // kept, yet refused once its time is up (the test profile allows 1 s of clock skew)
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> write(shortLived).statusCode() == 401);
        assertThat(cache.holds(shortLived)).isFalse();
    }

    @Test
    void aTokenThatFailsVerificationNeverEntersTheCache() {
        String genuine = Tokens.withRoles("cache-checker", Roles.ADMIN);
        int signature = genuine.lastIndexOf('.') + 1;
        String tampered = genuine.substring(0, signature)
                + (genuine.charAt(signature) == 'A' ? 'B' : 'A')
                + genuine.substring(signature + 1);
        String stranger = Tokens.signedByStranger("intruder", Roles.ADMIN);
        String expired = Tokens.expired("late-reader", Roles.ADMIN);
        for (String refused :
                new String[] {tampered, stranger, expired, Tokens.wrongAudience("elsewhere", Roles.ADMIN)}) {
            write(refused).then().statusCode(401);
            assertThat(cache.holds(refused)).isFalse();
        }
        write(genuine).then().statusCode(400);
        assertThat(cache.holds(genuine)).isTrue();
    }

    private static io.restassured.response.Response write(String token) {
        return given().auth()
                .oauth2(token)
                .contentType(io.restassured.http.ContentType.JSON)
                .body("{}")
                .post("/api/v1/measures");
    }
}
