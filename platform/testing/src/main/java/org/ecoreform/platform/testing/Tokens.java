package org.ecoreform.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.lang.management.ManagementFactory;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Mints bearer tokens for tests with a key pair generated per test JVM; {@link JwtTestResource}
 * hands its public half to the service under test. No private key is ever committed.
 */
public final class Tokens {

    public static final String ISSUER = "https://ecoreform.local/issuer";
    /** The audience every service expects by default ({@code ECOREFORM_JWT_AUDIENCE}). */
    public static final String AUDIENCE = "ecoreform";
    /** The key id in every test token's header and in {@link #jwks()}. */
    public static final String KEY_ID = "ecoreform-test";

    private Tokens() {}

    public static String withRoles(String subject, String... roles) {
        return claims(subject, roles).jws().keyId(KEY_ID).sign(keys().getPrivate());
    }

    public static String provinceEditor(String subject, String province) {
        return claims(subject, "province-editor")
                .claim("province", province)
                .jws()
                .keyId(KEY_ID)
                .sign(keys().getPrivate());
    }

    public static String expired(String subject, String... roles) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return claims(subject, roles)
                .issuedAt(past)
                .expiresAt(past.plus(Duration.ofMinutes(5)))
                .jws()
                .keyId(KEY_ID)
                .sign(keys().getPrivate());
    }

    /** A valid token that expires after {@code lifetime} (for tests of what happens at expiry). */
    public static String expiringIn(Duration lifetime, String subject, String... roles) {
        Instant now = Instant.now();
        return claims(subject, roles)
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .jws()
                .keyId(KEY_ID)
                .sign(keys().getPrivate());
    }

    public static String signedByStranger(String subject, String... roles) {
        return claims(subject, roles).jws().keyId(KEY_ID).sign(generate().getPrivate());
    }

    public static String wrongIssuer(String subject, String... roles) {
        return claims(subject, roles)
                .issuer("https://impostor.example")
                .jws()
                .keyId(KEY_ID)
                .sign(keys().getPrivate());
    }

    /** A token minted for another system: valid signature and issuer, but not for this API. */
    public static String wrongAudience(String subject, String... roles) {
        return claims(subject, roles)
                .audience("another-system")
                .jws()
                .keyId(KEY_ID)
                .sign(keys().getPrivate());
    }

    /** The public key as a JSON Web Key Set, as an identity provider (Keycloak …) publishes it. */
    public static String jwks() {
        java.security.interfaces.RSAPublicKey key = (java.security.interfaces.RSAPublicKey) keys().getPublic();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
                + url.encodeToString(unsigned(key.getModulus().toByteArray())) + "\",\"e\":\""
                + url.encodeToString(unsigned(key.getPublicExponent().toByteArray())) + "\"}]}";
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement.length > 1 && twosComplement[0] == 0
                ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length)
                : twosComplement;
    }

    /** The public key as PEM, for {@code mp.jwt.verify.publickey}. */
    public static String publicKeyPem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(keys().getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----";
    }

    private static JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(30));
    }

    /** One key pair per JVM, kept by the platform MBean server like SharedInfrastructure's servers. */
    private static KeyPair keys() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName("org.ecoreform.test:type=JwtKeys");
            synchronized (server) {
                if (!server.isRegistered(name)) {
                    KeyPair pair = generate();
                    server.registerMBean(
                            new StandardMBean(
                                    new SigningKeysMBean() {
                                        @Override
                                        public byte[] getPublicKey() {
                                            return pair.getPublic().getEncoded();
                                        }

                                        @Override
                                        public byte[] getPrivateKey() {
                                            return pair.getPrivate().getEncoded();
                                        }
                                    },
                                    SigningKeysMBean.class),
                            name);
                }
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(
                    rsa.generatePublic(new X509EncodedKeySpec((byte[]) server.getAttribute(name, "PublicKey"))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec((byte[]) server.getAttribute(name, "PrivateKey"))));
        } catch (JMException | GeneralSecurityException e) {
            throw new IllegalStateException("test signing keys unavailable", e);
        }
    }

    /** The encoded halves of the test JVM's key pair. */
    public interface SigningKeysMBean {
        byte[] getPublicKey();

        byte[] getPrivateKey();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
