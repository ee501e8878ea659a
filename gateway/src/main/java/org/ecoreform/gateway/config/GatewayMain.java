package org.ecoreform.gateway.config;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;
import org.ecoreform.platform.config.RequiredSettings;
import org.ecoreform.platform.config.RequiredSettings.Setting;

/** Starts the gateway, refusing to in production while a setting it needs is missing. */
@QuarkusMain
public final class GatewayMain {

    static final RequiredSettings REQUIRED = RequiredSettings.of(
            "gateway",
            List.of(
                    new Setting("GATEWAY_MONGODB_URL", "the view store, a MongoDB connection string"),
                    new Setting("MEASURES_URL", "the address of measures-service"),
                    new Setting("ADOPTION_URL", "the address of adoption-service"),
                    new Setting("INDICATORS_URL", "the address of indicators-service")),
            RequiredSettings.KAFKA_AND_TOKENS);

    public static void main(String... args) {
        REQUIRED.checkBeforeStart();
        Quarkus.run(args);
    }
}
