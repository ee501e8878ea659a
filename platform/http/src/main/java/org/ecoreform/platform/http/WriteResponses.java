package org.ecoreform.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.OptionalLong;

/**
 * The answers to a write, alike in every service: the new state as UTF-8 JSON with its version as the ETag, so a
 * client can send it straight back in If-Match.
 */
public final class WriteResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WriteResponses() {}

    /** 200 with the changed resource. */
    public static Response ok(Object body, long version) {
        return Response.ok(body)
                .type(MediaTypes.JSON_UTF8)
                .tag(EntityTags.ofVersion(version))
                .build();
    }

    /** 201 naming the new resource. */
    public static Response created(String location, Object body, long version) {
        return Response.created(URI.create(location))
                .entity(body)
                .type(MediaTypes.JSON_UTF8)
                .tag(EntityTags.ofVersion(version))
                .build();
    }

    /**
     * 201 for a create that an Idempotency-Key makes safe to retry: a retry gets the first answer's stored JSON, marked
     * {@code Idempotent-Replayed: true}.
     */
    public static Response createdOnce(String location, String json, boolean replayed) {
        Response.ResponseBuilder created = Response.created(URI.create(location))
                .entity(json)
                .type(MediaTypes.JSON_UTF8)
                .header("Idempotent-Replayed", replayed);
        versionOf(json).ifPresent(version -> created.tag(EntityTags.ofVersion(version)));
        return created.build();
    }

    /** The version the created state carries (its ETag, as a GET would answer it), if it has one. */
    private static OptionalLong versionOf(String json) {
        try {
            JsonNode version = JSON.readTree(json).get("version");
            return version != null && version.canConvertToLong()
                    ? OptionalLong.of(version.asLong())
                    : OptionalLong.empty();
        } catch (JsonProcessingException e) {
            return OptionalLong.empty();
        }
    }
}
