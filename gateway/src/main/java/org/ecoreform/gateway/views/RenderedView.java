package org.ecoreform.gateway.views;

import java.util.EnumMap;
import java.util.Map;
import org.ecoreform.gateway.edge.ContentCoding;
import org.ecoreform.platform.http.EntityTags;
import org.ecoreform.platform.http.Language;
import org.ecoreform.platform.http.LocalizedNames;

/**
 * A view serialised once, with its strong ETag, and compressed at most once per coding: each
 * compressed form is made on its first request and carries its own strong ETag, since its bytes
 * differ from the identity's.
 */
public final class RenderedView {

    /** A body in one content coding, with the ETag as sent (quoted). */
    public record Encoded(ContentCoding coding, byte[] body, String etag) {}

    private final ViewKind kind;
    private final ViewFreshness.Sources sources;
    private final long stamp;
    private final Encoded identity;
    private final Map<ContentCoding, Encoded> compressed = new EnumMap<>(ContentCoding.class);
    private final Map<Language, RenderedView> localized = new EnumMap<>(Language.class);

    RenderedView(ViewKind kind, ViewFreshness.Sources sources, long stamp, byte[] identity) {
        this(kind, sources, stamp, identity, '"' + EntityTags.contentHash(identity) + '"');
    }

    private RenderedView(ViewKind kind, ViewFreshness.Sources sources, long stamp, byte[] identity, String etag) {
        this.kind = kind;
        this.sources = sources;
        this.stamp = stamp;
        this.identity = new Encoded(ContentCoding.IDENTITY, identity, etag);
    }

    /**
     * The view with a {@code name} in the language asked beside each pair of names, made on the first
     * request for it; its ETag is this one's with {@code -zh} or {@code -en}, as every answer in a language.
     */
    public RenderedView in(Language language) {
        synchronized (localized) {
            return localized.computeIfAbsent(
                    language,
                    l -> new RenderedView(
                            kind,
                            sources,
                            stamp,
                            LocalizedNames.add(identity.body(), l),
                            identity.etag().substring(0, identity.etag().length() - 1) + "-" + l.code() + '"'));
        }
    }

    public ViewKind kind() {
        return kind;
    }

    /** Whether nothing it was composed from has changed since. */
    public boolean isCurrent() {
        return sources.stamp() == stamp;
    }

    public Encoded identity() {
        return identity;
    }

    /** The view in the given coding, compressed on the first request for it. */
    public Encoded in(ContentCoding coding) {
        if (coding == ContentCoding.IDENTITY) {
            return identity;
        }
        synchronized (compressed) {
            return compressed.computeIfAbsent(
                    coding, c -> new Encoded(c, c.compressOnce(identity.body()), c.tag(identity.etag())));
        }
    }
}
