package org.ecoreform.platform.errors;

import java.util.List;

/**
 * A rule of the domain that a requested change breaks. Services throw the subclasses; only the
 * REST edge knows how each is answered (one exception mapper per kind, in platform problem).
 */
public abstract class DomainError extends RuntimeException {

    /** One input field at fault and the rule it breaks. */
    public record Violation(String field, String rule) {}

    private final List<Violation> violations;

    protected DomainError(String message, List<Violation> violations) {
        super(message, null, false, false);
        this.violations = List.copyOf(violations);
    }

    /** The fields at fault, when the error is about input fields. */
    public List<Violation> violations() {
        return violations;
    }
}
