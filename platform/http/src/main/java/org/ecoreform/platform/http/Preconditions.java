package org.ecoreform.platform.http;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;

/**
 * Write preconditions at the REST edge: every write to an existing resource must name the version
 * it was based on (If-Match); the service checks it against the aggregate ({@link ExpectedVersion}).
 */
public final class Preconditions {

    private static final Pattern VERSION_TAG = Pattern.compile("\"v([0-9]{1,18})(?:-(?:zh|en))?\"");

    private Preconditions() {}

    /**
     * The versions an If-Match header names ({@code "v3"}, several, or {@code *}), for the service
     * to check against the aggregate: 428 when the header is missing. Weak tags and tags that are
     * not version tags name no version, so they never match (RFC 9110 strong comparison).
     */
    public static ExpectedVersion expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(
                    ProblemKind.PRECONDITION_REQUIRED, "send If-Match with the ETag of the version you are changing");
        }
        if ("*".equals(ifMatch.trim())) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String candidate : ifMatch.split(",")) {
            Matcher tag = VERSION_TAG.matcher(candidate.trim());
            if (tag.matches()) {
                versions.add(Long.parseLong(tag.group(1)));
            }
        }
        return new ExpectedVersion(false, versions);
    }
}
