package org.ecoreform.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The development key pair of a local system, kept as PEM files in {@code <data>/jwt/}: the services
 * verify tokens with the public half; the launcher signs one token per role with the private half.
 * Generated on first use and never committed.
 */
public final class DevelopmentKeys {

    public static final String ISSUER = "https://ecoreform.local/issuer";
    public static final String AUDIENCE = "ecoreform";
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final Path privateKey;
    private final Path publicKey;
    private final boolean generated;

    private DevelopmentKeys(Path privateKey, Path publicKey, boolean generated) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.generated = generated;
    }

    /** The key pair under {@code dataDir/jwt}, generated if it is not there yet. */
    public static DevelopmentKeys in(Path dataDir) {
        Path dir = dataDir.resolve("jwt");
        Path privateKey = dir.resolve("private-key.pem");
        Path publicKey = dir.resolve("public-key.pem");
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return new DevelopmentKeys(privateKey, publicKey, false);
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return new DevelopmentKeys(privateKey, publicKey, true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the development key pair to " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    /** Whether this call generated the pair (a first start). */
    public boolean generated() {
        return generated;
    }

    public Path publicKey() {
        return publicKey;
    }

    public Path privateKey() {
        return privateKey;
    }

    /** A token for one role (12 h); {@code province} is the province-editor's province code, else null. */
    public String token(String subject, String role, String province) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(TOKEN_LIFETIME.toMinutes());
        claims.setGeneratedJwtId();
        if (province != null) {
            claims.setClaim("province", province);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(readPrivateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a development token", e);
        }
    }

    private PrivateKey readPrivateKey() {
        try {
            String pem = Files.readString(privateKey);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + privateKey, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(privateKey + " is not an RSA private key", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
