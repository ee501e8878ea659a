package org.ecoreform.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.ecoreform.platform.infra.EmbeddedPostgresServer;

/** Points the service's datasource at the test JVM's embedded PostgreSQL (a database of its own). */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "ecoreform";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                SharedInfrastructure.postgresJdbcUrl(database),
                "quarkus.datasource.username",
                EmbeddedPostgresServer.USER,
                "quarkus.datasource.password",
                "postgres");
    }

    @Override
    public void stop() {
        // shared by the whole test JVM; stopped by a shutdown hook
    }
}
