package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecoreform.platform.infra.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local sign-in provider as a browser and a script meet it: its login page lists the users,
 * the authorization-code flow with PKCE gives a signed token with the user's roles and province,
 * and a client-credentials token for a user's name carries that user's claims.
 */
class OidcProviderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String REDIRECT = "http://localhost:1/callback";

    private static OidcProvider provider;
    private static Path directory;

    @BeforeAll
    static void start() throws Exception {
        directory = Files.createTempDirectory("oidc-provider-test");
        Path root = Files.isDirectory(Path.of("deploy")) ? Path.of("") : Path.of("..");
        provider = OidcProvider.start(root.toAbsolutePath(), directory, FreePorts.next());
    }

    @AfterAll
    static void stop() {
        provider.close();
        assertThat(provider.process().isAlive()).isFalse();
        Directories.delete(directory);
    }

    @Test
    void aProvinceEditorPicksHerUserAndGetsASignedTokenWithHerRolesAndProvince() throws Exception {
        String verifier = "ecoreform-" + "x".repeat(43);
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = provider.issuer() + "/authorize?"
                + form(Map.of(
                        "client_id", "ecoreform-web",
                        "response_type", "code",
                        "redirect_uri", REDIRECT,
                        "scope", "openid",
                        "state", "s-1",
                        "nonce", "n-1",
                        "code_challenge", challenge,
                        "code_challenge_method", "S256"));
        String page = HTTP.send(
                        HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(page)
                .contains("青海省改革办 Qinghai reform office", "国家发展改革委 NDRC catalogue team", "platform administrator");
        Matcher qinghai = Pattern.compile(
                        "name=\"username\" value=\"qinghai-editor\"><input type=\"hidden\" name=\"claims\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(qinghai.find()).isTrue();

        HttpResponse<String> signedIn = HTTP.send(
                HttpRequest.newBuilder(URI.create(authorize))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "username",
                                "qinghai-editor",
                                "claims",
                                qinghai.group(1).replace("&quot;", "\"")))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?").contains("state=s-1");
        String code = query(location).get("code");

        JsonNode tokens = token(Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                REDIRECT,
                "client_id",
                "ecoreform-web",
                "client_secret",
                "local",
                "code_verifier",
                verifier));
        JsonNode claims = verified(tokens.get("access_token").asText());
        assertThat(claims.get("iss").asText()).isEqualTo(provider.issuer());
        assertThat(claims.get("sub").asText()).isEqualTo("qinghai-editor");
        assertThat(claims.get("groups")).containsExactly(JSON.valueToTree("province-editor"));
        assertThat(claims.get("province").asText()).isEqualTo("630000");
        assertThat(claims.get("aud").toString()).contains("ecoreform");
        assertThat(verified(tokens.get("id_token").asText()).get("nonce").asText())
                .isEqualTo("n-1");
    }

    @Test
    void aScriptGetsAUsersTokenOrOneWithTheRoleAndProvinceItNamesByClientCredentials() throws Exception {
        JsonNode tokens = token(Map.of(
                "grant_type", "client_credentials",
                "client_id", "catalogue-editor",
                "client_secret", "local",
                "scope", "openid"));
        JsonNode claims = verified(tokens.get("access_token").asText());
        assertThat(claims.get("sub").asText()).isEqualTo("catalogue-editor");
        assertThat(claims.get("groups")).containsExactly(JSON.valueToTree("catalogue-editor"));
        assertThat(claims.has("province")).isFalse();

        JsonNode named = verified(token(Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "ningxia-clerk",
                        "client_secret", "local",
                        "scope", "openid",
                        "role", "province-editor",
                        "province", "640000"))
                .get("access_token")
                .asText());
        assertThat(named.get("sub").asText()).isEqualTo("ningxia-clerk");
        assertThat(named.get("groups")).containsExactly(JSON.valueToTree("province-editor"));
        assertThat(named.get("province").asText()).isEqualTo("640000");
        JsonNode admin = verified(token(Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "bench-admin",
                        "client_secret", "local",
                        "scope", "openid",
                        "role", "admin"))
                .get("access_token")
                .asText());
        assertThat(admin.get("groups")).containsExactly(JSON.valueToTree("admin"));
        assertThat(admin.has("province")).as("no province asked, none given").isFalse();
    }

    private static JsonNode token(Map<String, String> parameters) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(provider.issuer() + "/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** The token's claims, after checking its RS256 signature against the provider's published keys. */
    private static JsonNode verified(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode keys = JSON.readTree(HTTP.send(
                        HttpRequest.newBuilder(URI.create(provider.issuer() + "/jwks"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        JsonNode key = null;
        for (JsonNode candidate : keys.get("keys")) {
            if (candidate.get("kid").asText().equals(header.get("kid").asText())) {
                key = candidate;
            }
        }
        assertThat(key).as("the token's key is published").isNotNull();
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(
                        new BigInteger(
                                1, Base64.getUrlDecoder().decode(key.get("n").asText())),
                        new BigInteger(
                                1, Base64.getUrlDecoder().decode(key.get("e").asText()))));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(publicKey);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static String form(Map<String, String> parameters) {
        return new LinkedHashMap<>(parameters)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return values;
    }
}
