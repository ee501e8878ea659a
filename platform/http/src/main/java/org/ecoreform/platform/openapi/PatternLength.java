package org.ecoreform.platform.openapi;

import java.util.OptionalInt;

/**
 * The longest string an anchored regular expression can match, when the expression bounds it:
 * literals, escapes and character classes, each optionally with {@code ?}, {@code {n}} or
 * {@code {m,n}}. Anything else (an unbounded quantifier, a group, an alternative) has no bound here.
 */
final class PatternLength {

    private PatternLength() {}

    static OptionalInt maximum(String pattern) {
        if (!pattern.startsWith("^") || !pattern.endsWith("$") || pattern.endsWith("\\$")) {
            return OptionalInt.empty();
        }
        String body = pattern.substring(1, pattern.length() - 1);
        long total = 0;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            int atomEnd;
            if (c == '[') {
                atomEnd = classEnd(body, i);
            } else if (c == '\\') {
                atomEnd = i + 2;
            } else if ("()|*+?{}.".indexOf(c) >= 0) {
                return OptionalInt.empty();
            } else {
                atomEnd = i + 1;
            }
            if (atomEnd < 0 || atomEnd > body.length()) {
                return OptionalInt.empty();
            }
            i = atomEnd;
            long repeat = 1;
            if (i < body.length() && body.charAt(i) == '?') {
                i++;
            } else if (i < body.length() && body.charAt(i) == '{') {
                int close = body.indexOf('}', i);
                if (close < 0) {
                    return OptionalInt.empty();
                }
                String[] bounds = body.substring(i + 1, close).split(",", -1);
                String upper = bounds[bounds.length - 1].strip();
                if (upper.isEmpty() || !upper.chars().allMatch(Character::isDigit)) {
                    return OptionalInt.empty();
                }
                repeat = Long.parseLong(upper);
                i = close + 1;
            } else if (i < body.length() && (body.charAt(i) == '*' || body.charAt(i) == '+')) {
                return OptionalInt.empty();
            }
            total += repeat;
            if (total > Integer.MAX_VALUE) {
                return OptionalInt.empty();
            }
        }
        return total == 0 ? OptionalInt.empty() : OptionalInt.of((int) total);
    }

    /** The index after a character class's closing bracket, or -1. */
    private static int classEnd(String body, int open) {
        int i = open + 1;
        if (i < body.length() && body.charAt(i) == '^') {
            i++;
        }
        if (i < body.length() && body.charAt(i) == ']') {
            i++;
        }
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == ']') {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
