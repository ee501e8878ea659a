package org.ecoreform.measures.config;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;
import org.ecoreform.platform.config.RequiredSettings;
import org.ecoreform.platform.config.RequiredSettings.Setting;

/** Starts measures-service, refusing to in production while a setting it needs is missing. */
@QuarkusMain
public final class MeasuresServiceMain {

    static final RequiredSettings REQUIRED = RequiredSettings.of(
            "measures-service",
            List.of(
                    new Setting("MEASURES_DB_URL", "the JDBC URL of the measures database"),
                    new Setting("MEASURES_DB_USER", "the user of the measures database"),
                    new Setting("MEASURES_DB_PASSWORD", "the password of the measures database"),
                    new Setting(
                            "ECOREFORM_PUBLIC_URL", "the gateway's public address, where events' schemas are served")),
            RequiredSettings.KAFKA_AND_TOKENS);

    public static void main(String... args) {
        REQUIRED.checkBeforeStart();
        Quarkus.run(args);
    }
}
