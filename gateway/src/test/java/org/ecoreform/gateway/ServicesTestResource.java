package org.ecoreform.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.ecoreform.platform.testing.ServiceProcesses;

/** The three real services behind the gateway, as processes sharing the test JVM's PostgreSQL and Kafka. */
public class ServicesTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "ecoreform.gateway.services.measures.url",
                        ServiceProcesses.start("measures-service", "MEASURES", "measures_gw"),
                "ecoreform.gateway.services.adoption.url",
                        ServiceProcesses.start("adoption-service", "ADOPTION", "adoption_gw"),
                "ecoreform.gateway.services.indicators.url",
                        ServiceProcesses.start("indicators-service", "INDICATORS", "indicators_gw"),
                "ecoreform.gateway.breaker-delay", "1s");
    }

    @Override
    public void stop() {
        // processes live for the test JVM
    }
}
