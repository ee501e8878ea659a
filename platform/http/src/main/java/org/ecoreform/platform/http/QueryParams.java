package org.ecoreform.platform.http;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.ecoreform.platform.errors.InvalidValue;

/** Optional query parameters checked on the way in, so a malformed filter is a 400, not an empty list. */
public final class QueryParams {

    private QueryParams() {}

    /** Blank means absent. */
    public static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Absent, or present and matching {@code pattern}; otherwise a 400 naming the field. */
    public static Optional<String> optional(String field, String value, String pattern, String message) {
        Optional<String> present = optional(value);
        present.filter(v -> !v.matches(pattern)).ifPresent(v -> {
            throw new InvalidValue(field, message);
        });
        return present;
    }

    /** The most alternatives one filter takes (the contract's {@code maxItems}). */
    public static final int MAX_ALTERNATIVES = 50;

    /**
     * The alternatives of one filter, given repeated ({@code status=planned&status=in-progress}) or
     * comma-separated ({@code status=planned,in-progress}), each matching {@code pattern}; empty means
     * no filter. One malformed value is a 400 naming the field, not a silently shorter list.
     */
    public static Set<String> alternatives(String field, Collection<String> values, String pattern, String message) {
        return alternatives(field, values, v -> v.matches(pattern) ? Optional.of(v) : Optional.empty(), message);
    }

    /** As {@link #alternatives(String, Collection, String, String)}, each value read by {@code reader}. */
    public static <T extends Comparable<T>> Set<T> alternatives(
            String field, Collection<String> values, Function<String, Optional<T>> reader, String message) {
        Set<T> read = new TreeSet<>();
        if (values == null) {
            return read;
        }
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                if (part.isBlank()) {
                    continue;
                }
                read.add(reader.apply(part.strip()).orElseThrow(() -> new InvalidValue(field, message)));
            }
        }
        if (read.size() > MAX_ALTERNATIVES) {
            throw new InvalidValue(field, "takes at most " + MAX_ALTERNATIVES + " values");
        }
        return read;
    }

    /** true or false, absent (or blank) meaning false; anything else is a 400 naming the field. */
    public static boolean flag(String field, String value) {
        Optional<String> present = optional(value);
        if (present.isEmpty() || "false".equals(present.get())) {
            return false;
        }
        if ("true".equals(present.get())) {
            return true;
        }
        throw new InvalidValue(field, "must be true or false");
    }

    /** Absent, or an ISO-8601 date (2021-02-25); otherwise a 400 naming the field. */
    public static Optional<java.time.LocalDate> date(String field, String value) {
        return optional(value).map(v -> {
            try {
                return java.time.LocalDate.parse(v);
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidValue(field, "must be a date such as 2021-02-25");
            }
        });
    }

    /** Free text searched with LIKE: bounded, trimmed. */
    public static Optional<String> text(String field, String value, int maxLength) {
        Optional<String> present = optional(value);
        present.filter(v -> v.length() > maxLength).ifPresent(v -> {
            throw new InvalidValue(field, "must be at most " + maxLength + " characters");
        });
        return present;
    }

    /** A LIKE pattern that finds {@code text} anywhere, with the wildcards in it escaped (escape '\'). */
    public static String containsPattern(String text) {
        return "%"
                + text.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }
}
