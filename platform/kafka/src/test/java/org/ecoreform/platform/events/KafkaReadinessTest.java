package org.ecoreform.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class KafkaReadinessTest {

    @Test
    void aRefusedLoginNamesTheSettingsToCheck() {
        String problem = KafkaReadiness.describe(
                new SaslAuthenticationException(
                        "Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512"));

        assertThat(problem)
                .startsWith("the cluster refused the login")
                .contains("KAFKA_SASL_JAAS_CONFIG", "invalid credentials");
    }

    @Test
    void aSilentClusterIsSaidToBeSilent() {
        assertThat(KafkaReadiness.describe(new TimeoutException("Timed out waiting for a node assignment")))
                .isEqualTo("no broker answered within 2500 ms");
    }
}
