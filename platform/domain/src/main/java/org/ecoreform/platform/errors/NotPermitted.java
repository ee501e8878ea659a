package org.ecoreform.platform.errors;

/** The caller may not make this change (a province-editor writing another province). */
public class NotPermitted extends DomainError {

    public NotPermitted(String message) {
        super(message, java.util.List.of());
    }
}
