package org.ecoreform.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.platform.testing.ServiceProcesses;

/**
 * The three real services behind the gateway, as processes sharing the test JVM's PostgreSQL and Kafka. They start
 * side by side and while the gateway boots (they need nothing of each other to start, nor the gateway of them, as in
 * a deployment); each test waits for them to be ready.
 */
public class ServicesTestResource implements QuarkusTestResourceLifecycleManager {

    /** A service the gateway's tests run: its module, the prefix of its variables, its database, its name in the gateway. */
    private record Upstream(String module, String envPrefix, String database, String name) {}

    private static final List<Upstream> UPSTREAMS = List.of(
            new Upstream("measures-service", "MEASURES", "measures_gw", "measures"),
            new Upstream("adoption-service", "ADOPTION", "adoption_gw", "adoption"),
            new Upstream("indicators-service", "INDICATORS", "indicators_gw", "indicators"));

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (Upstream upstream : UPSTREAMS) {
            config.put(
                    "ecoreform.gateway.services." + upstream.name() + ".url",
                    ServiceProcesses.launch(upstream.module(), upstream.envPrefix(), upstream.database()));
        }
        config.put("ecoreform.gateway.breaker-delay", "1s");
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        UPSTREAMS.forEach(upstream -> ServiceProcesses.awaitReady(upstream.module()));
    }

    @Override
    public void stop() {
        // processes live for the test JVM
    }
}
