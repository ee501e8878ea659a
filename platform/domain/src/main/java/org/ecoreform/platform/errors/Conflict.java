package org.ecoreform.platform.errors;

/** The change does not fit the aggregate's current state (already retired, withdrawn, imported before …). */
public class Conflict extends DomainError {

    public Conflict(String message) {
        super(message, java.util.List.of());
    }
}
