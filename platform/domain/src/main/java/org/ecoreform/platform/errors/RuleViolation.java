package org.ecoreform.platform.errors;

import java.util.List;

/** A value is well-formed but breaks a rule of the domain (an unknown measure, a record moved to another plan …). */
public class RuleViolation extends DomainError {

    public RuleViolation(String field, String rule) {
        super(field + ": " + rule, List.of(new Violation(field, rule)));
    }

    public RuleViolation(String message, List<Violation> violations) {
        super(message, violations);
    }
}
