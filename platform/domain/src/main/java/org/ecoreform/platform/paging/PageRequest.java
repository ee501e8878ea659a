package org.ecoreform.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ecoreform.platform.errors.InvalidValue;

/**
 * A cursor-paged request: at most {@code limit} items after the key the cursor encodes. Cursors
 * are opaque to clients (base64url of a versioned key) and checked on the way in, so a forged or
 * truncated cursor is a 400, never a 500.
 */
public record PageRequest(int limit, Optional<String> afterKey) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final String PREFIX = "k1:";

    /** Parses raw query parameters; they arrive as strings so that "abc" gets a clear 400. */
    public static PageRequest parse(String limit, String cursor) {
        return new PageRequest(parseLimit(limit), decode(cursor));
    }

    /** A keyset position made of a text and a number, e.g. a list code and a measure number. */
    public record CompositeKey(String text, int number) {

        public String encoded() {
            return text + "|" + number;
        }
    }

    /** The cursor's key as a {@link CompositeKey}; a cursor of another shape is a 400. */
    public Optional<CompositeKey> afterCompositeKey() {
        return afterKey().map(key -> {
            int separator = key.lastIndexOf('|');
            try {
                return new CompositeKey(key.substring(0, separator), Integer.parseInt(key.substring(separator + 1)));
            } catch (RuntimeException e) {
                throw new InvalidValue("cursor", "is not a cursor issued by this API");
            }
        });
    }

    /** The cursor's key, which must have the shape of the listing's ids: another shape is a forged cursor (400). */
    public Optional<String> afterKeyMatching(java.util.regex.Pattern idShape) {
        afterKey().filter(key -> !idShape.matcher(key).matches()).ifPresent(key -> {
            throw new InvalidValue("cursor", "is not a cursor issued by this API");
        });
        return afterKey();
    }

    /**
     * This request's page of a short list held whole in memory (hundreds of items), in the list's own
     * order: the items after the one whose key the cursor holds. Lists paged this way only grow or
     * change in place, so that item is there; a cursor naming none of them is a 400.
     */
    public <T> Page<T> slice(List<T> ordered, Function<T, String> keyOf) {
        int start = 0;
        if (afterKey.isPresent()) {
            start = -1;
            for (int i = 0; i < ordered.size() && start < 0; i++) {
                if (afterKey.get().equals(keyOf.apply(ordered.get(i)))) {
                    start = i + 1;
                }
            }
            if (start < 0) {
                throw new InvalidValue("cursor", "is not a cursor of this list; start again without it");
            }
        }
        return Page.of(ordered.subList(start, Math.min(ordered.size(), start + limit + 1)), limit, keyOf);
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value < 1 || value > MAX_LIMIT) {
                throw new InvalidValue("limit", "must be between 1 and " + MAX_LIMIT);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValue("limit", "must be a whole number between 1 and " + MAX_LIMIT);
        }
    }

    private static Optional<String> decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX) || decoded.length() == PREFIX.length() || decoded.length() > 200) {
                throw new InvalidValue("cursor", "is not a cursor issued by this API");
            }
            return Optional.of(decoded.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("cursor", "is not a cursor issued by this API");
        }
    }
}
