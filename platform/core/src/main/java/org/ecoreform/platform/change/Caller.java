package org.ecoreform.platform.change;

import java.util.Set;
import org.ecoreform.platform.errors.NotPermitted;
import org.ecoreform.platform.security.Roles;

/**
 * Who makes a change, as a value the resources hand to the services: the name and roles from the
 * token, the province a province-editor may write, and the request it came with (for the audit
 * trail and the events' {@code ce_requestid}). Changes the system makes itself (reference imports,
 * replication) have {@link #SYSTEM}.
 */
public record Caller(String name, Set<String> roles, String province, String requestId, String request) {

    public static final Caller SYSTEM = new Caller("system", Set.of(), null, null, null);

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** Throws unless the caller may write the province's records: an admin, or a province-editor of that province. */
    public void requireMayWrite(String provinceCode) {
        if (roles.contains(Roles.ADMIN)) {
            return;
        }
        if (!roles.contains(Roles.PROVINCE_EDITOR) || !provinceCode.equals(province)) {
            throw new NotPermitted("a province-editor may only write records of the province in its token");
        }
    }
}
