package org.ecoreform.platform.http;

/** The weight of one element of an Accept-style header (RFC 9110 §12.4.2): its {@code q} parameter, 1 without one. */
public final class QualityValues {

    private QualityValues() {}

    /** {@code parts}: the element split at ';' (its value first, then its parameters); a malformed q weighs 0. */
    public static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
