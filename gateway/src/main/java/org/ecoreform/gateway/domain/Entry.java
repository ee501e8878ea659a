package org.ecoreform.gateway.domain;

import java.util.List;
import org.bson.Document;

/**
 * One aggregate's entry in a view document: the version it was written from and its content, as
 * JSON (a typed record of this package) or as the few plain fields summaries are derived from. A
 * removed entry keeps its version, so that an older event can never bring it back.
 */
public final class Entry {

    public static final String VERSION = "v";
    public static final String REMOVED = "removed";
    public static final String JSON = "json";
    /** Province-measure entries: whether the record is live (not withdrawn). */
    public static final String LIVE = "live";

    private Entry() {
    }

    /** An entry without content of its own, only plain fields. */
    public static Document plain(String field, Object value) {
        return new Document(field, value);
    }

    public static Document content(String json) {
        return new Document(JSON, json);
    }

    public static Document removed() {
        return new Document(REMOVED, true);
    }

    public static boolean isRemoved(Document entry) {
        return entry == null || Boolean.TRUE.equals(entry.getBoolean(REMOVED));
    }

    public static String json(Document entry) {
        return entry.getString(JSON);
    }

    /** The entries of a map in a view document that are not removed, in stored order. */
    public static List<Document> present(Document document, String map) {
        Document entries = document == null ? null : document.get(map, Document.class);
        if (entries == null) {
            return List.of();
        }
        List<Document> present = new java.util.ArrayList<>(entries.size());
        for (Object value : entries.values()) {
            if (value instanceof Document entry && !isRemoved(entry)) {
                present.add(entry);
            }
        }
        return present;
    }

    @SuppressWarnings("unchecked")
    public static List<String> strings(Document entry, String field) {
        Object value = entry.get(field);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
