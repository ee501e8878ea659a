package org.ecoreform.platform.validation;

/**
 * The forms of the ids every service checks (DESIGN.md, Identifiers), each bounded so that the API
 * document can state its longest value.
 */
public final class IdPatterns {

    /** A national measure: list code, a dash, its two- to four-digit number ({@code N2020-03}). */
    public static final String MEASURE = "^[A-Z][0-9A-Z]{1,19}-[0-9]{2,4}$";

    private IdPatterns() {}
}
