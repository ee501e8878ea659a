package org.ecoreform.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Conditional GET for every read: a strong ETag on the response, 304 when the client already
 * holds it. Bodies are serialised here once, so the tag is computed from the very bytes sent.
 */
@ApplicationScoped
public class HttpCaching {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("public, no-cache");

    private final ObjectMapper mapper;
    private final CurrentVertxRequest current;

    public HttpCaching(ObjectMapper mapper, CurrentVertxRequest current) {
        this.mapper = mapper;
        this.current = current;
    }

    /** JSON body whose tag is derived from its content (collections, codelists). */
    public Response.ResponseBuilder json(Request request, Object body) {
        byte[] bytes = serialize(body);
        return respond(request, EntityTags.ofContent(bytes), bytes, MediaTypes.JSON_UTF8);
    }

    /** JSON body of a versioned aggregate: the tag is its version, the one If-Match must name. */
    public Response.ResponseBuilder json(Request request, Object body, EntityTag tag) {
        return respond(request, tag, serialize(body), MediaTypes.JSON_UTF8);
    }

    /** Any already-rendered body (CSV …), tagged by content. */
    public Response.ResponseBuilder text(Request request, String body, String mediaType) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return respond(request, EntityTags.ofContent(bytes), bytes, mediaType);
    }

    /** An already-serialised body with its tag (cached views): nothing is computed per request. */
    public Response.ResponseBuilder bytes(Request request, byte[] body, EntityTag tag, String mediaType) {
        return respond(request, tag, body, mediaType);
    }

    public byte[] toJson(Object body) {
        return serialize(body);
    }

    /**
     * 304 when If-None-Match names the tag by the weak comparison (a cache may hold it as W/"…"), as
     * the gateway's views do. A JSON answer in a language asked for ({@link Language}) carries a
     * {@code name} beside each pair of names and its own tag ({@code "v3-en"}): another representation.
     */
    private Response.ResponseBuilder respond(Request request, EntityTag tag, byte[] bytes, String mediaType) {
        HttpServerRequest http = current.getCurrent().request();
        boolean json = mediaType.startsWith("application/json");
        Optional<Language> language = json
                ? Language.requested(http.getParam(Language.PARAMETER), http.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                : Optional.empty();
        if (language.isPresent()) {
            bytes = LocalizedNames.add(bytes, language.get());
            tag = new EntityTag(tag.getValue() + "-" + language.get().code(), tag.isWeak());
        }
        String ifNoneMatch = http.getHeader(HttpHeaders.IF_NONE_MATCH);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        Response.ResponseBuilder answer = read && EntityTags.matchesWeakly(ifNoneMatch, EntityTags.header(tag))
                ? Response.notModified(tag)
                : Response.ok(bytes, mediaType).tag(tag);
        answer.cacheControl(REVALIDATE);
        if (json) {
            answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        language.ifPresent(l -> answer.header(HttpHeaders.CONTENT_LANGUAGE, l.code()));
        return answer;
    }

    private byte[] serialize(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body could not be serialised", e);
        }
    }
}
