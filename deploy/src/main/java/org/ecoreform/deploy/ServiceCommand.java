package org.ecoreform.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.ecoreform.platform.infra.EmbeddedInfrastructure;

/** How a service is run: its jar and JVM options, and in its environment where the infrastructure and the other services are. */
final class ServiceCommand {

    private ServiceCommand() {}

    /** The command and environment a service runs with: its jar, JVM options, and where the infrastructure and the others are. */
    static ProcessBuilder of(
            ServiceSpecs.Service service,
            Path serviceDirectory,
            Path log,
            EmbeddedInfrastructure.Endpoints endpoints,
            Function<String, String> baseUrl,
            int port,
            ExternalKafka externalKafka,
            OidcProvider signIn) {
        Path jar = serviceDirectory.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new LaunchException(jar + " is missing: build with ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(service.jvmOptions());
        if (Files.exists(jar.resolveSibling("app-cds.jsa"))) {
            // the build's AppCDS archive (quarkus.package.jar.appcds): classes mapped, not loaded and verified
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        } else {
            command.add(ClassArchives.option(jar.getParent(), service.name()));
        }
        // run from the application's directory: the archive names the jar by a relative path
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        // glibc would keep up to eight malloc arenas per core; two serve these services with less memory held
        env.put("MALLOC_ARENA_MAX", "2");
        if (service.database() != null) {
            env.put(service.envPrefix() + "_DB_URL", endpoints.database(service.database()));
            // the embedded PostgreSQL's superuser, or the external one's user (ECOREFORM_POSTGRES_USER …)
            env.put(
                    service.envPrefix() + "_DB_USER",
                    System.getenv().getOrDefault("ECOREFORM_POSTGRES_USER", "postgres"));
            env.put(
                    service.envPrefix() + "_DB_PASSWORD",
                    System.getenv().getOrDefault("ECOREFORM_POSTGRES_PASSWORD", "postgres"));
        }
        // the jars run in the prod profile (every setting given above), but their log files are read by people
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.put("GATEWAY_MONGODB_URL", endpoints.viewStoreUrl());
        env.put("MEASURES_URL", baseUrl.apply(ServiceSpecs.MEASURES));
        env.put("ADOPTION_URL", baseUrl.apply(ServiceSpecs.ADOPTION));
        env.put("INDICATORS_URL", baseUrl.apply(ServiceSpecs.INDICATORS));
        env.put("ECOREFORM_PUBLIC_URL", baseUrl.apply(ServiceSpecs.GATEWAY)); // where events' ce_dataschema points
        env.put(service.envPrefix() + "_HTTP_PORT", String.valueOf(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
        if (externalKafka != null) {
            // every Kafka client setting as the variable Quarkus maps onto it: security.protocol →
            // KAFKA_SECURITY_PROTOCOL
            externalKafka
                    .clientSettings()
                    .forEach((name, value) ->
                            env.put("KAFKA_" + name.toUpperCase(Locale.ROOT).replace('.', '_'), String.valueOf(value)));
            env.put("ECOREFORM_TOPIC_REPLICATION_FACTOR", String.valueOf(externalKafka.replicationFactor()));
            env.put("ECOREFORM_TOPIC_MIN_INSYNC_REPLICAS", String.valueOf(externalKafka.minInsyncReplicas()));
        }
        // the tokens of the system's sign-in provider, its keys fetched from its JWKS as from any provider's
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", signIn.jwks());
        env.put("ECOREFORM_JWT_ISSUER", signIn.issuer());
        if (service.name().equals(ServiceSpecs.GATEWAY)) {
            env.put("ECOREFORM_OIDC_CLIENT_SECRET", signIn.clientSecret());
            env.put("ECOREFORM_OIDC_STATE_SECRET", signIn.stateSecret());
        }
        return builder;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
