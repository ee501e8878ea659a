package org.ecoreform.platform.errors;

/** An aggregate or a referenced item does not exist. */
public class NotFound extends DomainError {

    public NotFound(String what, String id) {
        super(what + " '" + id + "' does not exist", java.util.List.of());
    }
}
