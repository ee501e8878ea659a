package org.ecoreform.platform.http;

import jakarta.ws.rs.core.EntityTag;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;

/**
 * Write preconditions: every write to an existing resource must name the version it was based on
 * (If-Match), so concurrent writers cannot silently overwrite each other.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * Checks an If-Match header against the current tag: 428 when it is missing, 412 when none of
     * the listed tags is the current one. Weak tags never match (RFC 9110 strong comparison).
     */
    public static void requireIfMatch(String ifMatch, EntityTag current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemKind.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of the version you are changing (current: " + current + ")");
        }
        if (!matches(ifMatch, current)) {
            throw new ApiException(ProblemKind.PRECONDITION_FAILED,
                    "If-Match " + ifMatch.trim() + " does not match the current version " + current
                            + "; read the resource again and reapply your change");
        }
    }

    static boolean matches(String ifMatch, EntityTag current) {
        String header = ifMatch.trim();
        if ("*".equals(header)) {
            return true;
        }
        String wanted = "\"" + current.getValue() + "\"";
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (!tag.startsWith("W/") && tag.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
