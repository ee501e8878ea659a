package org.ecoreform.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecoreform.platform.config.RequiredSettings.Setting;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {

    private final RequiredSettings required = RequiredSettings.of(
            "measures-service",
            List.of(new Setting("MEASURES_DB_URL", "the JDBC URL of the measures database")),
            RequiredSettings.KAFKA_AND_TOKENS);

    @Test
    void unsetAndBlankVariablesAreNamedOnOneLineInDeclarationOrder() {
        Map<String, String> environment =
                Map.of("KAFKA_BOOTSTRAP_SERVERS", " ", "ECOREFORM_JWT_ISSUER", "https://id.example");

        assertThat(required.missing(environment::get))
                .containsExactly("MEASURES_DB_URL", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertThat(required.complaint(environment::get))
                .hasValueSatisfying(line -> assertThat(line)
                        .doesNotContain("\n")
                        .startsWith("measures-service cannot start in production: MEASURES_DB_URL is not set (the "
                                + "JDBC URL of the measures database); "
                                + "KAFKA_BOOTSTRAP_SERVERS is not set")
                        .doesNotContain("ECOREFORM_JWT_ISSUER"));
    }

    @Test
    void nothingToSayWhenEverythingIsSet() {
        Map<String, String> environment = Map.of(
                "MEASURES_DB_URL",
                "jdbc:postgresql://db/measures",
                "KAFKA_BOOTSTRAP_SERVERS",
                "kafka:9092",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "file:/key.pem",
                "ECOREFORM_JWT_ISSUER",
                "https://id.example");

        assertThat(required.complaint(environment::get)).isEmpty();
    }

    @Test
    void aServiceDeclaresItsOwnSettingsInItsApplicationProperties() {
        RequiredSettings declared = RequiredSettings.declaredIn("""
                quarkus.application.name=indicators-service
                # what the service cannot run without in production
                ecoreform.required.INDICATORS_DB_URL=the JDBC URL of the indicators database
                quarkus.http.port=${INDICATORS_HTTP_PORT:8083}
                ecoreform.required.ECOREFORM_PUBLIC_URL = the gateway's public address
                """);

        assertThat(declared.missing(name -> null))
                .containsExactly(
                        "INDICATORS_DB_URL",
                        "ECOREFORM_PUBLIC_URL",
                        "KAFKA_BOOTSTRAP_SERVERS",
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        "ECOREFORM_JWT_ISSUER");
        assertThat(declared.complaint(Map.of(
                        "ECOREFORM_PUBLIC_URL",
                        "https://x",
                        "KAFKA_BOOTSTRAP_SERVERS",
                        "k:9092",
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        "file:/k.pem",
                        "ECOREFORM_JWT_ISSUER",
                        "https://id")::get))
                .contains(
                        "indicators-service cannot start in production: INDICATORS_DB_URL is not set (the JDBC URL of "
                                + "the indicators database). See docs/operations.md, \"Production\".");
    }
}
