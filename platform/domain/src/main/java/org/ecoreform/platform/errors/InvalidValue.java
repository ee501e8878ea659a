package org.ecoreform.platform.errors;

import java.util.List;

/** A value is not of the form the domain accepts. */
public class InvalidValue extends DomainError {

    public InvalidValue(String field, String rule) {
        super(field + ": " + rule, List.of(new Violation(field, rule)));
    }

    public InvalidValue(String message, List<Violation> violations) {
        super(message, violations);
    }
}
