package org.ecoreform.gateway.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * One aggregate's entry in a view document, as the projection hands it to the writers: its
 * content as JSON (a typed record of the domain package), or the few plain fields that summaries
 * are derived from, or a removal. The writers add the version it was written from.
 */
public final class Entry {

    /** The entry of a placement the aggregate has left: it keeps its version, so an older event cannot bring it back. */
    public static final Entry REMOVED = new Entry(Map.of(ViewSchema.REMOVED, true));

    private final Map<String, Object> fields;

    private Entry(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static Entry content(String json) {
        return new Entry(Map.of(ViewSchema.JSON, json));
    }

    /** An entry without content of its own, only a plain field. */
    public static Entry plain(String field, Object value) {
        return new Entry(Map.of(field, value));
    }

    /** A record's entry in a province-measure document: whether the record is live (not withdrawn). */
    public static Entry live(boolean live) {
        return plain(ViewSchema.LIVE, live);
    }

    /** The stored form, with the version it was written from. */
    Document toDocument(long version) {
        Map<String, Object> stored = new LinkedHashMap<>(fields);
        stored.put(ViewSchema.ENTRY_VERSION, version);
        return new Document(stored);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Entry entry && entry.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
