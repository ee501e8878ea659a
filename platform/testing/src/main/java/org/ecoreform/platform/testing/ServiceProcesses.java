package org.ecoreform.platform.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.ecoreform.platform.infra.FreePorts;

/**
 * Runs another service of the project, the real one, as its own process against the test JVM's
 * PostgreSQL and Kafka — so a downstream service is tested with the events its upstream really
 * publishes. The jar must have been built (the reactor builds modules in order under
 * {@code ./mvnw verify}). One process per service and test JVM.
 */
public final class ServiceProcesses {

    private ServiceProcesses() {}

    public interface ServiceControlMBean {
        String getBaseUrl();

        /** Stops the process (a service outage); {@link #start()} brings it back on the same port. */
        void stop();

        /** Starts the process unless it runs, and waits until it is ready. */
        void start();

        /** Starts the process unless it runs, without waiting. */
        void launch();

        /** Waits until the process answers ready. */
        void awaitReady();
    }

    public static void stop(String module) {
        invoke(module, "stop");
    }

    public static void restart(String module) {
        invoke(module, "start");
    }

    private static void invoke(String module, String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("org.ecoreform.test:type=Service,name=" + module),
                            operation,
                            new Object[0],
                            new String[0]);
        } catch (JMException e) {
            throw new IllegalStateException(operation + " " + module + " failed", e);
        }
    }

    /**
     * Starts {@code module} (e.g. measures-service) with its own database, unless it runs already, and waits until it is
     * ready; {@code envPrefix} is the prefix of its DB and port variables (MEASURES_DB_URL, MEASURES_HTTP_PORT). Returns
     * its base URL.
     */
    public static String start(String module, String envPrefix, String database) {
        String baseUrl = launch(module, envPrefix, database);
        awaitReady(module);
        return baseUrl;
    }

    /**
     * Starts {@code module} as {@link #start} does but returns its base URL at once, while it starts: a test resource
     * hands the URL to the application under test, which boots meanwhile, and waits with {@link #awaitReady} before
     * the first test.
     */
    public static String launch(String module, String envPrefix, String database) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName("org.ecoreform.test:type=Service,name=" + module);
            synchronized (server) {
                if (!server.isRegistered(name)) {
                    server.registerMBean(
                            new StandardMBean(new Launched(module, envPrefix, database), ServiceControlMBean.class),
                            name);
                }
            }
            server.invoke(name, "launch", new Object[0], new String[0]);
            return (String) server.getAttribute(name, "BaseUrl");
        } catch (JMException e) {
            throw new IllegalStateException("could not start " + module, e);
        }
    }

    /** Waits until {@code module}, started by {@link #launch}, answers ready (at most 2 minutes). */
    public static void awaitReady(String module) {
        invoke(module, "awaitReady");
    }

    /** A started service process, restartable on the same port and database. */
    private static final class Launched implements ServiceControlMBean {
        private final String module;
        private final String envPrefix;
        private final String database;
        private final int port = FreePorts.next();
        private Process process;
        private boolean ready;

        Launched(String module, String envPrefix, String database) {
            this.module = module;
            this.envPrefix = envPrefix;
            this.database = database;
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, module + "-stop"));
        }

        @Override
        public String getBaseUrl() {
            return "http://localhost:" + port;
        }

        @Override
        public synchronized void stop() {
            if (process != null) {
                process.destroy();
                try {
                    process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                process = null;
                ready = false;
            }
        }

        @Override
        public synchronized void start() {
            launch();
            awaitReady();
        }

        @Override
        public synchronized void launch() {
            if (process == null) {
                process = spawn(module, envPrefix, database, port);
            }
        }

        @Override
        public synchronized void awaitReady() {
            if (process == null) {
                throw new IllegalStateException(module + " was not started");
            }
            if (!ready) {
                pollUntilReady(process, getBaseUrl(), module, logOf(module));
                ready = true;
            }
        }
    }

    private static Path logOf(String module) {
        return Path.of("").toAbsolutePath().resolve("target").resolve(module + "-upstream.log");
    }

    private static Process spawn(String module, String envPrefix, String database, int port) {
        Path moduleDir = Path.of("").toAbsolutePath();
        Path jar = moduleDir.getParent().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build " + module + " first (./mvnw verify builds modules in order)");
        }
        try {
            Path log = logOf(module);
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx384m",
                            "-XX:TieredStopAtLevel=1", // as the test JVMs: a service that runs for a minute
                            "-XX:+UseSerialGC",
                            "-jar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // the jar runs in the prod profile, which refuses to start without each of its settings
            builder.environment().put(envPrefix + "_DB_URL", SharedInfrastructure.postgresJdbcUrl(database));
            builder.environment().put(envPrefix + "_DB_USER", "postgres");
            builder.environment().put(envPrefix + "_DB_PASSWORD", "postgres");
            builder.environment().put("ECOREFORM_PUBLIC_URL", "http://localhost:8080");
            builder.environment().put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            builder.environment().put(envPrefix + "_HTTP_PORT", String.valueOf(port));
            builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", SharedInfrastructure.kafkaBootstrapServers());
            // keys fetched from a JWKS URL, as from a provincial identity provider (the tested service itself gets a
            // PEM)
            builder.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", JwksServer.url());
            builder.environment().put("ECOREFORM_JWT_ISSUER", Tokens.ISSUER);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + module, e);
        }
    }

    private static void pollUntilReady(Process process, String url, String module, Path log) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(300))
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(
                                    module + " exited with " + process.exitValue() + "; see " + log);
                        }
                        return http.send(
                                                HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                                                        .timeout(Duration.ofSeconds(5))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            process.destroy();
            throw new IllegalStateException(module + " did not become ready within 2 minutes; see " + log, e);
        }
    }
}
