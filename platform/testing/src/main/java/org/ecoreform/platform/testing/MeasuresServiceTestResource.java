package org.ecoreform.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the real measures-service (its built jar) for a downstream service's tests: it imports the
 * national catalogue and publishes it on {@code ecoreform.measures.v1} of the shared broker. Its
 * URL is handed over as {@code ecoreform.test.measures-url}. The service starts while the application under test
 * boots (which, as in a deployment, waits for the catalogue itself); each test waits for it to be ready.
 */
public class MeasuresServiceTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String URL_PROPERTY = "ecoreform.test.measures-url";
    private static final String MODULE = "measures-service";

    @Override
    public Map<String, String> start() {
        return Map.of(URL_PROPERTY, ServiceProcesses.launch(MODULE, "MEASURES", "measures_upstream"));
    }

    @Override
    public void inject(TestInjector testInjector) {
        ServiceProcesses.awaitReady(MODULE);
    }

    @Override
    public void stop() {
        // one process per test JVM, stopped by a shutdown hook
    }
}
