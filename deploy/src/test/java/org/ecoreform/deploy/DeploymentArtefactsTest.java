package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docker-compose and the Kubernetes manifests cannot run here, so they are checked against the
 * modules: every file parses, and every image, port, service, topic, config key and environment
 * variable they name exists.
 */
class DeploymentArtefactsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    private static final List<String> APPS =
            List.of("measures-service", "adoption-service", "indicators-service", "gateway");
    /** Variables the platform maps onto standard properties (MicroProfile Config's environment rule). */
    private static final Set<String> STANDARD = Set.of("KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");

    private static final YAMLMapper YAML = new YAMLMapper();

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it =
                YAML.readerFor(JsonNode.class).readValues(new YAMLFactory().createParser(file.toFile()))) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    private static String properties(String module) throws IOException {
        return Files.readString(ROOT.resolve(module).resolve("src/main/resources/application.properties"));
    }

    private static int defaultPort(String module) throws IOException {
        Matcher m =
                Pattern.compile("quarkus\\.http\\.port=\\$\\{[A-Z_]+:(\\d+)}").matcher(properties(module));
        assertThat(m.find()).as("%s declares its port", module).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The variables a module declares it cannot start without in production ({@code ecoreform.required.*}). */
    private static List<String> required(String module) throws IOException {
        return properties(module)
                .lines()
                .filter(line -> line.startsWith("ecoreform.required."))
                .map(line -> line.substring("ecoreform.required.".length(), line.indexOf('=')))
                .toList();
    }

    private static void assertKnownVariable(String module, String variable) throws IOException {
        boolean declared = properties(module).contains("${" + variable + ":")
                || properties(module).contains("${" + variable + "}");
        // KAFKA_* are Kafka client settings: Quarkus hands them to every Kafka client of the service (KafkaClients)
        boolean kafkaClientSetting = variable.startsWith("KAFKA_");
        assertThat(declared || STANDARD.contains(variable) || kafkaClientSetting)
                .as("%s reads %s", module, variable)
                .isTrue();
    }

    @Test
    void everyDeploymentFileParses() throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(DEPLOY.resolve("k8s"))) {
            files = new ArrayList<>(
                    paths.filter(p -> p.toString().endsWith(".yaml")).toList());
        }
        files.add(DEPLOY.resolve("docker-compose.yml"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (Path file : files) {
            assertThat(documents(file)).as("%s has YAML documents", file).isNotEmpty();
        }
    }

    @Test
    void everyServiceHasADockerfileExposingItsPort() throws IOException {
        for (String app : APPS) {
            String dockerfile = Files.readString(ROOT.resolve(app).resolve("src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).contains("EXPOSE " + defaultPort(app)).contains("target/quarkus-app/");
        }
    }

    @Test
    void composeRunsTheInfrastructureAndTheFourServicesAsTheyAreConfigured() throws IOException {
        JsonNode services =
                documents(DEPLOY.resolve("docker-compose.yml")).get(0).path("services");
        Set<String> names = new HashSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("postgres", "kafka", "mongo").containsAll(APPS);
        assertThat(services.at("/kafka/image").asText()).startsWith("apache/kafka:");
        for (String app : APPS) {
            JsonNode service = services.path(app);
            Path context = DEPLOY.resolve(service.at("/build/context").asText()).normalize();
            assertThat(context).isEqualTo(ROOT.resolve(app));
            assertThat(context.resolve(service.at("/build/dockerfile").asText()))
                    .exists();
            assertThat(service.path("ports").get(0).asText()).endsWith(":" + defaultPort(app));
            Set<String> given = new HashSet<>();
            for (var it = service.path("environment").fieldNames(); it.hasNext(); ) {
                String variable = it.next();
                given.add(variable);
                assertKnownVariable(app, variable);
            }
            assertThat(given)
                    .as("%s in compose: what it cannot start without", app)
                    .containsAll(required(app));
            for (JsonNode dependency :
                    service.path("depends_on").isArray() ? service.path("depends_on") : YAML.createArrayNode()) {
                assertThat(names).contains(dependency.asText());
            }
        }
    }

    @Test
    void kubernetesManifestsReferenceOnlyWhatExists() throws IOException {
        JsonNode kustomization =
                documents(DEPLOY.resolve("k8s/kustomization.yaml")).get(0);
        List<JsonNode> all = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (JsonNode resource : kustomization.path("resources")) {
            listed.add(resource.asText());
            all.addAll(documents(DEPLOY.resolve("k8s").resolve(resource.asText())));
        }
        for (JsonNode generated : kustomization.path("configMapGenerator")) {
            generated.path("files").forEach(file -> listed.add(file.asText()));
        }
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("kustomization.yaml")))
                    .allMatch(listed::contains);
        }
        JsonNode config = all.stream()
                .filter(d -> d.path("kind").asText().equals("ConfigMap"))
                .findFirst()
                .orElseThrow();
        JsonNode secret = all.stream()
                .filter(d -> d.path("kind").asText().equals("Secret"))
                .findFirst()
                .orElseThrow();
        Set<String> deployments = new HashSet<>();
        for (JsonNode deployment : all.stream()
                .filter(d -> d.path("kind").asText().equals("Deployment"))
                .toList()) {
            String app = deployment.at("/metadata/name").asText();
            deployments.add(app);
            assertThat(APPS).contains(app);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.path("image").asText()).isEqualTo("ecoreform/" + app + ":1.0.0");
            assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(defaultPort(app));
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            // the first Kafka readiness check may take 2.5 s to say the cluster does not answer
            assertThat(container.at("/readinessProbe/timeoutSeconds").asInt()).isGreaterThanOrEqualTo(3);
            if (!app.equals("gateway")) {
                assertThat(deployment.at("/spec/replicas").asInt())
                        .as("replicas of %s", app)
                        .isGreaterThanOrEqualTo(2);
            }
            JsonNode budget = all.stream()
                    .filter(d -> d.path("kind").asText().equals("PodDisruptionBudget")
                            && d.at("/spec/selector/matchLabels").equals(deployment.at("/spec/selector/matchLabels")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no PodDisruptionBudget for " + app));
            assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            // the first start imports reference data: the startup probe allows minutes before liveness counts
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            assertThat(container.at("/startupProbe/periodSeconds").asInt()
                            * container.at("/startupProbe/failureThreshold").asInt())
                    .isGreaterThanOrEqualTo(300);
            JsonNode scrape = deployment.at("/spec/template/metadata/annotations");
            assertThat(scrape.path("prometheus.io/scrape").asText()).isEqualTo("true");
            assertThat(scrape.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
            assertThat(scrape.path("prometheus.io/port").asInt()).isEqualTo(defaultPort(app));
            assertThat(container.at("/resources/requests/cpu").isMissingNode()).isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
            List<String> named = new ArrayList<>();
            container.path("env").forEach(env -> named.add(env.path("name").asText()));
            assertThat(named)
                    .as("%s in Kubernetes: what it cannot start without", app)
                    .containsAll(required(app));
            for (JsonNode env : container.path("env")) {
                assertKnownVariable(app, env.path("name").asText());
                JsonNode configKey = env.at("/valueFrom/configMapKeyRef/key");
                if (!configKey.isMissingNode()) {
                    assertThat(config.path("data").has(configKey.asText()))
                            .as("config key %s", configKey.asText())
                            .isTrue();
                }
                JsonNode secretKey = env.at("/valueFrom/secretKeyRef/key");
                if (!secretKey.isMissingNode()) {
                    assertThat(secret.path("stringData").has(secretKey.asText()))
                            .as("secret key %s", secretKey.asText())
                            .isTrue();
                }
            }
            for (JsonNode item : deployment.at("/spec/template/spec/volumes/0/secret/items")) {
                assertThat(secret.path("stringData").has(item.path("key").asText()))
                        .isTrue();
            }
            JsonNode service = all.stream()
                    .filter(d -> d.path("kind").asText().equals("Service")
                            && d.at("/metadata/name").asText().equals(app))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no Service for " + app));
            assertThat(service.at("/spec/selector")).isEqualTo(deployment.at("/spec/selector/matchLabels"));
            assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(defaultPort(app));
        }
        assertThat(deployments).containsExactlyInAnyOrderElementsOf(APPS);
        JsonNode hpa = all.stream()
                .filter(d -> d.path("kind").asText().equals("HorizontalPodAutoscaler"))
                .findFirst()
                .orElseThrow();
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo("gateway");
        // the service URLs the gateway is given name the Services
        for (String key : List.of("MEASURES_URL", "ADOPTION_URL", "INDICATORS_URL")) {
            String url = config.at("/data/" + key).asText();
            assertThat(APPS.stream().anyMatch(app -> url.startsWith("http://" + app + ":" + portOf(app))))
                    .as(url)
                    .isTrue();
        }
    }

    /**
     * The Keycloak realm gives what the platform reads: the four roles as {@code groups}, the province
     * claim, the API's audience on access tokens, and the gateway's workspace client with PKCE S256
     * redirecting to the gateway's workspace path.
     */
    @Test
    void theKeycloakRealmGivesTheClaimsTheServicesRead() throws IOException {
        JsonNode realm = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(DEPLOY.resolve("k8s/keycloak-realm.json").toFile());
        List<String> roles = new ArrayList<>();
        realm.at("/roles/realm").forEach(role -> roles.add(role.path("name").asText()));
        assertThat(roles)
                .containsExactlyInAnyOrder(
                        org.ecoreform.platform.security.Roles.CATALOGUE_EDITOR,
                        org.ecoreform.platform.security.Roles.PROVINCE_EDITOR,
                        org.ecoreform.platform.security.Roles.INDICATOR_EDITOR,
                        org.ecoreform.platform.security.Roles.ADMIN);
        JsonNode scope = realm.path("clientScopes").get(0);
        List<String> claims = new ArrayList<>();
        scope.path("protocolMappers")
                .forEach(mapper -> claims.add(mapper.at("/config/claim.name")
                        .asText(mapper.at("/config/included.custom.audience").asText())));
        assertThat(claims)
                .containsExactlyInAnyOrder("ecoreform", "groups", org.ecoreform.platform.security.Roles.PROVINCE_CLAIM);
        String gateway = properties("gateway");
        JsonNode workspace = realm.path("clients").get(0);
        assertThat(gateway)
                .contains("${ECOREFORM_OIDC_CLIENT_ID:"
                        + workspace.path("clientId").asText() + "}");
        assertThat(gateway).contains("${ECOREFORM_JWT_AUDIENCE:" + claims.get(0) + "}");
        assertThat(workspace.at("/attributes/pkce.code.challenge.method").asText())
                .isEqualTo("S256");
        assertThat(workspace.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(workspace.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(workspace.path("redirectUris").get(0).asText()).endsWith("/workspace");
        assertThat(workspace.path("defaultClientScopes").toString())
                .contains(scope.path("name").asText());
    }

    @Test
    void theTopicDefinitionsAreTheTopicsTheServicesPublish() throws IOException {
        Set<String> published = new HashSet<>();
        Pattern topic = Pattern.compile("ecoreform\\.outbox\\.topics\\.\"([^\"]+)\"");
        for (String app : APPS.subList(0, 3)) {
            Matcher m = topic.matcher(properties(app));
            while (m.find()) {
                published.add(m.group(1));
            }
        }
        List<JsonNode> topics = documents(DEPLOY.resolve("k8s/kafka-topics.yaml"));
        assertThat(topics.stream().map(t -> t.at("/metadata/name").asText()).toList())
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(topics)
                .allSatisfy(t ->
                        assertThat(t.at("/spec/config/cleanup.policy").asText()).isEqualTo("compact"));
        // the same consumer guarantees as the services' own provisioning (OutboxConfig.TopicSpec defaults: 1 h, 7 days)
        assertThat(topics)
                .allSatisfy(t -> assertThat(
                                t.at("/spec/config/min.compaction.lag.ms").asText())
                        .isEqualTo("3600000"));
        assertThat(topics)
                .allSatisfy(
                        t -> assertThat(t.at("/spec/config/delete.retention.ms").asText())
                                .isEqualTo("604800000"));
        assertThat(published)
                .containsExactlyInAnyOrder(
                        "ecoreform.measures.v1",
                        "ecoreform.framework.v1",
                        "ecoreform.adoptions.v1",
                        "ecoreform.adoption-plans.v1",
                        "ecoreform.indicators.v1",
                        "ecoreform.plan-tasks.v1",
                        "ecoreform.source-documents.v1",
                        "ecoreform.accountability.v1");
        // a topic a service creates itself gets the guarantees of the KafkaTopics: the same replicas and minimum in
        // sync
        JsonNode config = documents(DEPLOY.resolve("k8s/config.yaml")).stream()
                .filter(d -> d.path("kind").asText().equals("ConfigMap"))
                .findFirst()
                .orElseThrow();
        assertThat(topics).allSatisfy(t -> {
            assertThat(t.at("/spec/replicas").asText())
                    .isEqualTo(config.at("/data/ECOREFORM_TOPIC_REPLICATION_FACTOR")
                            .asText())
                    .isEqualTo("3");
            assertThat(t.at("/spec/config/min.insync.replicas").asText())
                    .isEqualTo(config.at("/data/ECOREFORM_TOPIC_MIN_INSYNC_REPLICAS")
                            .asText())
                    .isEqualTo("2");
        });
    }

    private static int portOf(String app) {
        try {
            return defaultPort(app);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
