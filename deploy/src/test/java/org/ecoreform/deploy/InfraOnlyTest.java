package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development loop's first command, as typed: {@code deploy/local/run.sh --infra-only} starts
 * PostgreSQL (with each service's database), Kafka and the view store, and no service, so that
 * {@code quarkus:dev} can take the services' ports; Ctrl-C (SIGTERM) releases every port.
 */
class InfraOnlyTest {

    private static final List<Integer> SERVICE_PORTS = List.of(8080, 8081, 8082, 8083);

    @TempDir
    Path data;

    private Process launcher;

    @AfterEach
    void stopLauncher() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void startsTheInfrastructureAloneForServicesInDevMode() throws Exception {
        int offset = LocalLauncherTest.freePortOffset();
        Path log = data.resolve("launcher.log");
        launcher = RunCommand.start(data.resolve("system"), offset, log, "--infra-only");
        String output = RunCommand.awaitOutput(launcher, log, Banner.INFRA_RUNNING, Duration.ofMinutes(2));

        int postgres = 15432 + offset;
        int kafka = 19092 + offset;
        int viewStore = 27018 + offset;
        assertThat(output)
                .contains(
                        "jdbc:postgresql://localhost:" + postgres + "/",
                        "localhost:" + kafka,
                        "mongodb://localhost:" + viewStore,
                        "MEASURES_DB_URL=jdbc:postgresql://localhost:" + postgres + "/measures");
        for (String database : List.of("measures", "adoption", "indicators")) {
            try (Connection connection = DriverManager.getConnection(
                            "jdbc:postgresql://localhost:" + postgres + "/" + database, "postgres", "postgres");
                    ResultSet one = connection.createStatement().executeQuery("select 1")) {
                assertThat(one.next()).as("database %s answers", database).isTrue();
            }
        }
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafka);
        try (Admin client = Admin.create(admin)) {
            assertThat(client.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .hasSize(1);
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), viewStore)) {
            assertThat(socket.isConnected()).isTrue();
        }
        assertThat(SERVICE_PORTS)
                .as("no service is started: dev mode takes their ports")
                .allSatisfy(port -> assertThat(LocalLauncherTest.isFree(port + offset))
                        .as("port %d", port + offset)
                        .isTrue());
        assertThat(output).containsPattern("catalogue-editor:\\n\\s+eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+");

        launcher.destroy();
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS))
                .as("stops on SIGTERM")
                .isTrue();
        assertThat(List.of(postgres, kafka, viewStore))
                .as("every port is released")
                .allSatisfy(port -> assertThat(LocalLauncherTest.isFree(port))
                        .as("port %d", port)
                        .isTrue());
    }
}
