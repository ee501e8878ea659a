package org.ecoreform.platform.http;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.security.Roles;

/** The REST edge's view of who is calling: turned into a {@link Caller} value for the services. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        String requestId = RequestIds.current().orElse(null);
        String request = RequestIds.currentRequest()
                .map(r -> truncate(r.method().name() + " " + r.path(), 500))
                .orElse(null);
        if (identity == null || identity.isAnonymous()) {
            return new Caller(Caller.SYSTEM.name(), Set.of(), null, requestId, request);
        }
        String province = null;
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(Roles.PROVINCE_CLAIM) != null) {
            province = token.getClaim(Roles.PROVINCE_CLAIM).toString().replace("\"", "");
        }
        return new Caller(
                identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()), province, requestId, request);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
