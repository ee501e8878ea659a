package org.ecoreform.platform.http;

import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong entity tags: from an aggregate version (single resources) or from the exact bytes sent. */
public final class EntityTags {

    private EntityTags() {}

    public static EntityTag ofVersion(long version) {
        return new EntityTag("v" + version);
    }

    public static EntityTag ofContent(byte[] body) {
        return new EntityTag(contentHash(body));
    }

    /** The opaque tag of exact bytes, without HTTP types (for code below the HTTP edge). */
    public static String contentHash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /**
     * Whether an If-None-Match header names the tag, by the weak comparison RFC 9110 (13.1.2) asks
     * for: {@code W/} is ignored, {@code *} matches any, the header may list several.
     */
    public static boolean matchesWeakly(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.equals(etag)) {
            return true; // the usual case: the one tag the client holds
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** A strong tag as it is written in a header: its value in double quotes. */
    public static String header(EntityTag tag) {
        return "\"" + tag.getValue() + "\"";
    }

    public static EntityTag ofContent(String body) {
        return ofContent(body.getBytes(StandardCharsets.UTF_8));
    }
}
