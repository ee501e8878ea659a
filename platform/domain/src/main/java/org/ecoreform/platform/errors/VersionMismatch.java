package org.ecoreform.platform.errors;

/** The aggregate has changed since the version the change was based on. */
public class VersionMismatch extends DomainError {

    public VersionMismatch(String message) {
        super(message, java.util.List.of());
    }
}
