package org.ecoreform.adoption.config;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;
import org.ecoreform.platform.config.RequiredSettings;
import org.ecoreform.platform.config.RequiredSettings.Setting;

/** Starts adoption-service, refusing to in production while a setting it needs is missing. */
@QuarkusMain
public final class AdoptionServiceMain {

    static final RequiredSettings REQUIRED = RequiredSettings.of(
            "adoption-service",
            List.of(
                    new Setting("ADOPTION_DB_URL", "the JDBC URL of the adoption database"),
                    new Setting("ADOPTION_DB_USER", "the user of the adoption database"),
                    new Setting("ADOPTION_DB_PASSWORD", "the password of the adoption database"),
                    new Setting(
                            "ECOREFORM_PUBLIC_URL", "the gateway's public address, where events' schemas are served")),
            RequiredSettings.KAFKA_AND_TOKENS);

    public static void main(String... args) {
        REQUIRED.checkBeforeStart();
        Quarkus.run(args);
    }
}
