package org.ecoreform.platform.change;

import java.util.Set;
import java.util.stream.Collectors;
import org.ecoreform.platform.errors.VersionMismatch;

/**
 * The versions of an aggregate a write was based on (from If-Match at the edge): the write goes
 * ahead only if the aggregate is still at one of them, so concurrent writers cannot silently
 * overwrite each other. {@link #ANY} is {@code If-Match: *}.
 */
public record ExpectedVersion(boolean any, Set<Long> versions) {

    public static final ExpectedVersion ANY = new ExpectedVersion(true, Set.of());

    public ExpectedVersion {
        versions = Set.copyOf(versions);
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(false, Set.of(version));
    }

    /** Throws {@link VersionMismatch} unless the aggregate is at an expected version. */
    public void check(long current) {
        if (!any && !versions.contains(current)) {
            String expected = versions.isEmpty()
                    ? "none"
                    : versions.stream().sorted().map(v -> "v" + v).collect(Collectors.joining(", "));
            throw new VersionMismatch("the change was based on " + expected + " but the current version is v" + current
                    + "; read it again and reapply your change");
        }
    }
}
