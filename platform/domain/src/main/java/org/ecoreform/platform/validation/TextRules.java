package org.ecoreform.platform.validation;

/** Bean Validation patterns shared by every input record: no control characters in stored text. */
public final class TextRules {

    /** A single line: no control character at all (NUL, escape sequences, line breaks …). */
    public static final String SINGLE_LINE = "^[^\\x00-\\x1F\\x7F]*$";
    /** Free text: line breaks and tabs allowed, other control characters not (one character class: no recursion on long texts). */
    public static final String MULTI_LINE = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";

    public static final String MESSAGE = "must not contain control characters";

    private TextRules() {}

    /** Optional free text as stored: stripped, and absent (null) when blank. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
