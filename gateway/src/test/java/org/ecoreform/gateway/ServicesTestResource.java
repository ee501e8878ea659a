package org.ecoreform.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ecoreform.platform.testing.ServiceProcesses;

/**
 * The three real services behind the gateway, as processes sharing the test JVM's PostgreSQL and Kafka, started side
 * by side (they need nothing of each other to start, as in a deployment).
 */
public class ServicesTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        CompletableFuture<String> measures = CompletableFuture.supplyAsync(
                () -> ServiceProcesses.start("measures-service", "MEASURES", "measures_gw"));
        CompletableFuture<String> adoption = CompletableFuture.supplyAsync(
                () -> ServiceProcesses.start("adoption-service", "ADOPTION", "adoption_gw"));
        CompletableFuture<String> indicators = CompletableFuture.supplyAsync(
                () -> ServiceProcesses.start("indicators-service", "INDICATORS", "indicators_gw"));
        return Map.of(
                "ecoreform.gateway.services.measures.url", measures.join(),
                "ecoreform.gateway.services.adoption.url", adoption.join(),
                "ecoreform.gateway.services.indicators.url", indicators.join(),
                "ecoreform.gateway.breaker-delay", "1s");
    }

    @Override
    public void stop() {
        // processes live for the test JVM
    }
}
