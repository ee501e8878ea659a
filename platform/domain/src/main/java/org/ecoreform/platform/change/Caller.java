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

    public static final Caller SYSTEM = system("system");

    /** Who loads the reference data from the seed documents, in every service's audit trail and events. */
    public static final Caller REFERENCE_IMPORT = system("reference-import");

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** A change the system makes itself, under the name the records it writes carry (e.g. {@code reference-import}). */
    public static Caller system(String process) {
        return new Caller(process, Set.of(), null, null, null);
    }

    /**
     * Whom the audit trail names: the token subject, or for a change the system makes itself the
     * process that made it ({@code reference-import} in every service, {@code plan-announcement} …).
     */
    public String auditedAs() {
        return name;
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
