package org.ecoreform.gateway.edge;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ecoreform.gateway.config.GatewayConfig;

/**
 * The bearer token parser of the gateway, verifying a token once rather than on every request: a
 * token that passed the full check (signature, issuer, audience, time) is kept, by its exact text,
 * until it expires (plus the clock skew the full check allows), so a repeated token costs a map
 * lookup. A token that fails is never kept; one past its time is dropped and checked again (and
 * refused). At most {@code verified-token-cache-size} tokens are kept: when full, the expired
 * ones go, and if none has, the whole cache is dropped (a bounded cost, never a wrong answer).
 */
@Alternative
@Priority(1)
@Singleton // on every request: no client proxy in between
public class VerifiedTokenCache implements JWTParser {

    private final DefaultJWTParser verifier;
    private final int capacity;
    private final long skewSeconds;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(JsonWebToken token, long usableUntilEpochSecond) {}

    public VerifiedTokenCache(
            DefaultJWTParser verifier,
            GatewayConfig config,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int skewSeconds,
            Clock clock) {
        this.verifier = verifier;
        this.capacity = config.verifiedTokenCacheSize();
        // as smallrye-jwt reads it: a skew of 0 (or less) leaves its default of 60 s in force
        this.skewSeconds = skewSeconds > 0 ? skewSeconds : 60;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.instant().getEpochSecond();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.usableUntilEpochSecond()) {
                return known.token();
            }
            verified.remove(token);
        }
        JsonWebToken checked =
                verifier.parse(token); // throws for a bad signature, issuer, audience or time: nothing kept
        if (checked.getExpirationTime() > 0) {
            keep(token, new Verified(checked, checked.getExpirationTime() + skewSeconds), now);
        }
        return checked;
    }

    /** The token, if it is held as verified and still usable: a map lookup, fit for an event-loop thread. */
    public Optional<JsonWebToken> cached(String token) {
        Verified known = verified.get(token);
        return known != null && clock.instant().getEpochSecond() < known.usableUntilEpochSecond()
                ? Optional.of(known.token())
                : Optional.empty();
    }

    /** Whether the token is held as verified (for tests and metrics). */
    public boolean holds(String token) {
        return verified.containsKey(token);
    }

    public int size() {
        return verified.size();
    }

    private void keep(String token, Verified entry, long now) {
        if (verified.size() >= capacity) {
            verified.values().removeIf(v -> now >= v.usableUntilEpochSecond());
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, entry);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
