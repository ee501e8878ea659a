package org.ecoreform.platform.tables;

/** A submitted table that cannot be read at all (no usable header, not a workbook, …); the message says why. */
public class UnreadableTableException extends RuntimeException {

    public UnreadableTableException(String message) {
        super(message);
    }

    public UnreadableTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
