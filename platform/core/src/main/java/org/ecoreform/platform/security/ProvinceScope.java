package org.ecoreform.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who may write a province's records: an admin, or a province-editor whose token's
 * {@code province} claim names that province. Anyone else gets 403.
 */
@RequestScoped
public class ProvinceScope {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ProvinceScope(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public void requireMayWrite(String province) {
        if (identity.hasRole(Roles.ADMIN)) {
            return;
        }
        Object claim = token.getClaim(Roles.PROVINCE_CLAIM);
        String own = claim == null ? null : claim.toString().replace("\"", "");
        if (!identity.hasRole(Roles.PROVINCE_EDITOR) || !province.equals(own)) {
            throw new ForbiddenException("a province-editor may only write records of the province in its token");
        }
    }

    public String actor() {
        return identity.getPrincipal().getName();
    }
}
