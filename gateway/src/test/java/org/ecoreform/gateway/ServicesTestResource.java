package org.ecoreform.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import org.ecoreform.platform.testing.ServiceProcesses;

/**
 * The three real services behind the gateway, as processes sharing the test JVM's PostgreSQL and Kafka. They start
 * side by side and while the gateway boots (they need nothing of each other to start, nor the gateway of them, as in
 * a deployment); each test waits for them to be ready.
 */
public class ServicesTestResource implements QuarkusTestResourceLifecycleManager {

    private static final List<String> MODULES = List.of("measures-service", "adoption-service", "indicators-service");

    @Override
    public Map<String, String> start() {
        return Map.of(
                "ecoreform.gateway.services.measures.url",
                ServiceProcesses.launch("measures-service", "MEASURES", "measures_gw"),
                "ecoreform.gateway.services.adoption.url",
                ServiceProcesses.launch("adoption-service", "ADOPTION", "adoption_gw"),
                "ecoreform.gateway.services.indicators.url",
                ServiceProcesses.launch("indicators-service", "INDICATORS", "indicators_gw"),
                "ecoreform.gateway.breaker-delay",
                "1s");
    }

    @Override
    public void inject(TestInjector testInjector) {
        MODULES.forEach(ServiceProcesses::awaitReady);
    }

    @Override
    public void stop() {
        // processes live for the test JVM
    }
}
