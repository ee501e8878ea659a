package org.ecoreform.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.platform.security.Roles;

/**
 * The local sign-in provider: NAV's mock-oauth2-server, a real OpenID Connect provider (discovery,
 * authorization code with PKCE, JWKS), run as a process of its own from the class path the build
 * copies to {@code deploy/oidc-provider/target/lib}. Its login page lists one user per role and a
 * Qinghai province editor to pick from; a token carries the roles as {@code groups} and the
 * province as {@code province}, as the platform's tokens always have.
 */
public final class OidcProvider implements AutoCloseable {

    /** The issuer's path on the provider: the issuer is {@code http://localhost:<port>/ecoreform}. */
    public static final String ISSUER_ID = "ecoreform";

    /**
     * The audiences of a signed-in person's tokens: the API's (which every service requires) and the
     * workspace's client id (which the gateway requires of the ID token it signs the person in with).
     */
    static final List<String> AUDIENCES = List.of("ecoreform", "ecoreform-workspace");

    /** A user to sign in as: the subject, what the login page calls it, its roles and province. */
    public record User(String username, String label, List<String> roles, String province) {

        Map<String, Object> claims() {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("sub", username);
            claims.put("aud", AUDIENCES);
            claims.put("groups", roles);
            if (province != null) {
                claims.put(Roles.PROVINCE_CLAIM, province);
            }
            return claims;
        }
    }

    public static final List<User> USERS = List.of(
            new User("qinghai-editor", "青海省改革办 Qinghai reform office", List.of(Roles.PROVINCE_EDITOR), "630000"),
            new User("catalogue-editor", "国家发展改革委 NDRC catalogue team", List.of(Roles.CATALOGUE_EDITOR), null),
            new User("indicator-editor", "指标编辑 indicator editor", List.of(Roles.INDICATOR_EDITOR), null),
            new User("admin", "平台管理员 platform administrator", List.of(Roles.ADMIN), null));

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A working day: the tokens a local system prints outlive a session at the desk. */
    private static final int TOKEN_SECONDS = 12 * 3600;

    private final Process process;
    private final int port;
    private final Path log;
    /**
     * The workspace client's secret and the gateway's state secret for this run: the provider takes any
     * client secret, and the production gateway refuses to start without both (no shared default).
     */
    private final String clientSecret = randomSecret();

    private final String stateSecret = randomSecret();

    private OidcProvider(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the provider on {@code port}, its configuration and log under {@code directory}; waits until it answers. */
    public static OidcProvider start(Path root, Path directory, int port) {
        OidcProvider provider = launch(root, directory, port);
        provider.awaitReady();
        return provider;
    }

    /** Starts the provider's process without waiting for it ({@link #awaitReady()} does). */
    public static OidcProvider launch(Path root, Path directory, int port) {
        Path classPath = root.resolve("deploy/oidc-provider/target/lib");
        if (!Files.isDirectory(classPath)) {
            throw new LaunchException(classPath + " is missing: build with ./mvnw -DskipTests package");
        }
        try {
            Files.createDirectories(directory);
            Path login = directory.resolve("login.html");
            Files.writeString(login, loginPage(), StandardCharsets.UTF_8);
            Path config = directory.resolve("config.json");
            Files.writeString(config, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config(login)));
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx64m",
                            "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            classPath.toAbsolutePath() + "/*",
                            "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            directory.resolve("provider.log").toFile()));
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            builder.environment().put("JSON_CONFIG_PATH", config.toString());
            return new OidcProvider(builder.start(), port, directory.resolve("provider.log"));
        } catch (IOException e) {
            throw new UncheckedIOException("the sign-in provider did not start", e);
        }
    }

    /** The workspace client's secret the gateway signs people in with, for this run. */
    public String clientSecret() {
        return clientSecret;
    }

    /** The key of the sign-in's state cookie, for this run (restarted gateways keep it). */
    public String stateSecret() {
        return stateSecret;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** Where services fetch the keys tokens are signed with. */
    public String jwks() {
        return issuer() + "/jwks";
    }

    /**
     * A token for a subject with one role (and a province), as a script gets it: client credentials
     * naming the role and province.
     */
    public String token(String subject, String role, String province) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", subject);
        form.put("client_secret", "local");
        form.put("scope", "openid");
        form.put("role", role);
        if (province != null) {
            form.put("province", province);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(issuer() + "/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new LaunchException("the sign-in provider refused a token: " + answer.body());
            }
            return JSON.readTree(answer.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("the sign-in provider did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while asking the sign-in provider for a token");
        }
    }

    public String issuer() {
        return "http://localhost:" + port + "/" + ISSUER_ID;
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until the provider answers its discovery document (at most 60 s). */
    public void awaitReady() {
        try {
            HttpReadiness.await(
                    "the sign-in provider",
                    process,
                    URI.create(issuer() + "/.well-known/openid-configuration"),
                    Duration.ofSeconds(60),
                    Duration.ofMillis(200),
                    "did not answer within 60 s",
                    log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new LaunchException("interrupted while the sign-in provider started");
        } catch (LaunchException e) {
            close();
            throw e;
        }
    }

    /**
     * Interactive login through the page below. A client-credentials token (the launcher's printed
     * tokens, scripts, the drills) carries the user's claims when its client id names one of the
     * users, otherwise the {@code role} (and {@code province}) the request names: the provider fills
     * {@code ${...}} from the token request's parameters.
     */
    private static Map<String, Object> config(Path login) {
        List<Map<String, Object>> mappings = new ArrayList<>();
        for (User user : USERS) {
            mappings.add(Map.of("requestParam", "client_id", "match", user.username(), "claims", user.claims()));
        }
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("sub", "${clientId}");
        named.put("aud", List.of("ecoreform"));
        named.put("groups", List.of("${role}"));
        Map<String, Object> withProvince = new LinkedHashMap<>(named);
        withProvince.put(Roles.PROVINCE_CLAIM, "${province}");
        mappings.add(Map.of("requestParam", "province", "match", "*", "claims", withProvince));
        mappings.add(Map.of("requestParam", "role", "match", "*", "claims", named));
        return Map.of(
                "interactiveLogin",
                true,
                "httpServer",
                "NettyWrapper",
                "loginPagePath",
                login.toString(),
                "tokenCallbacks",
                List.of(Map.of("issuerId", ISSUER_ID, "tokenExpiry", TOKEN_SECONDS, "requestMappings", mappings)));
    }

    /** One button per user: the form posts the provider's own login fields (username, claims). */
    static String loginPage() {
        StringBuilder page = new StringBuilder("""
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>ecoreform 本地登录 local sign-in</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}
                form{margin:.75rem 0}button{width:100%;padding:.75rem;font-size:1rem;text-align:left}</style></head>
                <body><main><h1>ecoreform 本地登录 <span lang="en">local sign-in</span></h1>
                <p>选择一个用户 <span lang="en">Pick a user</span></p>
                """);
        for (User user : USERS) {
            try {
                page.append("<form method=\"post\"><input type=\"hidden\" name=\"username\" value=\"")
                        .append(user.username())
                        .append("\"><input type=\"hidden\" name=\"claims\" value=\"")
                        .append(JSON.writeValueAsString(user.claims()).replace("\"", "&quot;"))
                        .append("\"><button type=\"submit\">")
                        .append(user.label())
                        .append(" — ")
                        .append(user.username())
                        .append("</button></form>\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return page.append("</main></body></html>\n").toString();
    }
}
