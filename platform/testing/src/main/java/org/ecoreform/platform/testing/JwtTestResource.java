package org.ecoreform.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Makes the service under test trust the tokens minted by {@link Tokens}. */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey", Tokens.publicKeyPem(), "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
        // nothing to stop
    }
}
