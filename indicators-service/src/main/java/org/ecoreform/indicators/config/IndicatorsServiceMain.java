package org.ecoreform.indicators.config;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;
import org.ecoreform.platform.config.RequiredSettings;
import org.ecoreform.platform.config.RequiredSettings.Setting;

/** Starts indicators-service, refusing to in production while a setting it needs is missing. */
@QuarkusMain
public final class IndicatorsServiceMain {

    static final RequiredSettings REQUIRED = RequiredSettings.of(
            "indicators-service",
            List.of(
                    new Setting("INDICATORS_DB_URL", "the JDBC URL of the indicators database"),
                    new Setting("INDICATORS_DB_USER", "the user of the indicators database"),
                    new Setting("INDICATORS_DB_PASSWORD", "the password of the indicators database"),
                    new Setting(
                            "ECOREFORM_PUBLIC_URL", "the gateway's public address, where events' schemas are served")),
            RequiredSettings.KAFKA_AND_TOKENS);

    public static void main(String... args) {
        REQUIRED.checkBeforeStart();
        Quarkus.run(args);
    }
}
