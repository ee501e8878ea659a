package org.ecoreform.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ecoreform.platform.infra.DevelopmentKeys;
import org.ecoreform.platform.infra.EmbeddedInfrastructure;

/** What the launcher prints once the system (or the infrastructure alone) is up: addresses, tokens, first calls. */
final class Banner {

    /** Printed once every service is healthy; scripts and the launcher test wait for it. */
    static final String RUNNING = "ecoreform is running.";
    /** Printed once the infrastructure alone is up ({@code --infra-only}). */
    static final String INFRA_RUNNING = "ecoreform infrastructure is running.";

    private Banner() {}

    static String running(Function<String, String> baseUrl, OidcProvider signIn, Path data) {
        String gateway = baseUrl.apply(ServiceSpecs.GATEWAY);
        StringBuilder out = new StringBuilder("\n" + RUNNING + " The public entry is the gateway: " + gateway
                + "/api/v1\n" + "  Swagger UI of every public path: " + gateway + "/q/swagger-ui\n"
                + "  Public pages: " + gateway + "/   Reporting workspace (sign in): " + gateway + "/workspace\n\n");
        for (ServiceSpecs.Service service : ServiceSpecs.ALL) {
            String url = baseUrl.apply(service.name());
            out.append(String.format("  %-20s %s/api/v1   Swagger UI %s/q/swagger-ui%n", service.name(), url, url));
        }
        out.append("\nSign-in provider (OpenID Connect): ")
                .append(signIn.issuer())
                .append("  — its login page lets you pick a user:\n");
        OidcProvider.USERS.forEach(user -> out.append("  ")
                .append(user.username())
                .append(" (")
                .append(user.label())
                .append(")\n"));
        appendTokens(out, signIn);
        out.append("\nTry:\n");
        for (String example : List.of(
                "/views/provinces/630000?fields=province,coverage",
                "/views/overview",
                "/measures?category=C09",
                "/measures?q=%E6%9E%97%E7%A5%A8",
                "/adoptions?province=630000&category=C09",
                "/adoptions/coverage?province=630000",
                "/targets?province=360000")) {
            out.append("  curl '")
                    .append(gateway)
                    .append("/api/v1")
                    .append(example)
                    .append("'\n");
        }
        out.append("  curl -H 'Accept: text/csv' '")
                .append(gateway)
                .append("/api/v1/measures'\n")
                .append("\nCtrl-C stops everything; data stays in ")
                .append(data)
                .append(" for the next start.\n");
        return out.toString();
    }

    /** What a service in dev mode needs (its defaults already name these ports when no offset is set). */
    static String infrastructure(
            EmbeddedInfrastructure.Endpoints endpoints, DevelopmentKeys keys, int portOffset, Path data) {
        StringBuilder out = new StringBuilder("\n" + INFRA_RUNNING + "\n")
                .append("  PostgreSQL   ")
                .append(endpoints.postgresBaseUrl())
                .append("{measures,adoption,indicators}\n")
                .append("  Kafka        ")
                .append(endpoints.kafkaBootstrapServers())
                .append('\n')
                .append("  view store   ")
                .append(endpoints.viewStoreUrl())
                .append('\n')
                .append("  public key   ")
                .append(endpoints.publicKey())
                .append("\n\n")
                .append("Run a service with live reload in another terminal, e.g.\n")
                .append("  ./mvnw quarkus:dev -pl measures-service\n");
        if (portOffset != 0) {
            out.append("with the ports shifted by ")
                    .append(portOffset)
                    .append(", set beforehand:\n")
                    .append("  export KAFKA_BOOTSTRAP_SERVERS=")
                    .append(endpoints.kafkaBootstrapServers())
                    .append(" GATEWAY_MONGODB_URL=")
                    .append(endpoints.viewStoreUrl())
                    .append(" MEASURES_DB_URL=")
                    .append(endpoints.database("measures"))
                    .append(" ADOPTION_DB_URL=")
                    .append(endpoints.database("adoption"))
                    .append(" INDICATORS_DB_URL=")
                    .append(endpoints.database("indicators"))
                    .append('\n');
        }
        appendDevelopmentTokens(out, keys);
        out.append("\nCtrl-C stops the infrastructure; data stays in ")
                .append(data)
                .append(".\n");
        return out.toString();
    }

    private static void appendTokens(StringBuilder out, OidcProvider signIn) {
        out.append("\nTokens from it for scripts (12 h):\n");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("catalogue-editor", signIn.token("catalogue-editor", "catalogue-editor", null));
        tokens.put("province-editor (630000 Qinghai)", signIn.token("qinghai-editor", "province-editor", "630000"));
        tokens.put("indicator-editor", signIn.token("indicator-editor", "indicator-editor", null));
        tokens.put("admin", signIn.token("admin", "admin", null));
        tokens.forEach((role, token) ->
                out.append("  ").append(role).append(":\n    ").append(token).append('\n'));
    }

    /** Services in dev mode trust the launcher's own key pair (their defaults name its public key). */
    private static void appendDevelopmentTokens(StringBuilder out, DevelopmentKeys keys) {
        out.append("\nDevelopment tokens (12 h, signed with ")
                .append(keys.privateKey())
                .append("):\n");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("catalogue-editor", keys.token("dev-catalogue-editor", "catalogue-editor", null));
        tokens.put("province-editor (630000 Qinghai)", keys.token("dev-qinghai-editor", "province-editor", "630000"));
        tokens.put("indicator-editor", keys.token("dev-indicator-editor", "indicator-editor", null));
        tokens.put("admin", keys.token("dev-admin", "admin", null));
        tokens.forEach((role, token) ->
                out.append("  ").append(role).append(":\n    ").append(token).append('\n'));
    }
}
