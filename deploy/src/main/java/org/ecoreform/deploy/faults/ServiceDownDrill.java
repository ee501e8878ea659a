package org.ecoreform.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;

/**
 * Drill 3: one service killed. The other services' paths and the gateway's views keep serving, reads and writes alike;
 * only the killed service's own paths answer 503.
 */
final class ServiceDownDrill {

    private static final String KILLED = "indicators-service";

    private final LocalLauncher system;
    private final SystemClient http;
    private final String catalogueEditor;

    ServiceDownDrill(LocalLauncher system, SystemClient http, String catalogueEditor) {
        this.system = system;
        this.http = http;
        this.catalogueEditor = catalogueEditor;
    }

    /** Kills indicators-service, counts the calls that fail though they should have been served, restarts it. */
    int run() throws Exception {
        system.kill(KILLED);
        int failures = 0;
        try {
            String gateway = system.baseUrl("gateway");
            for (String path : List.of(
                    "/api/v1/measures/N2020-03",
                    "/api/v1/adoptions/630000-2021-106-01",
                    "/api/v1/views/provinces/360000",
                    "/api/v1/views/overview")) {
                failures += http.status("GET", gateway + path) == 200 ? 0 : 1;
            }
            failures += http.status("GET", gateway + "/api/v1/targets") == 503 ? 0 : 1; // its own paths
            JsonNode created = http.createMeasure(gateway, catalogueEditor, "服务停机时的写入", "其他服务照常。");
            failures += created == null ? 1 : 0;
        } finally {
            system.restart(KILLED);
        }
        return failures;
    }
}
