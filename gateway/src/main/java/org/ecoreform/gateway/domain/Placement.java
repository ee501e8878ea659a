package org.ecoreform.gateway.domain;

/**
 * Where an aggregate's entry lives: a document of a view collection and the path of the entry in
 * it (e.g. {@code records.630000-2021-106-27} in the province document {@code 630000}).
 */
public record Placement(ViewCollection collection, String documentId, String path) {

    private static final String SEPARATOR = "|";

    public static Placement of(ViewCollection collection, String documentId, String map, String... entryKeys) {
        StringBuilder path = new StringBuilder(map);
        for (String key : entryKeys) {
            path.append('.').append(EntryKeys.encode(key));
        }
        return new Placement(collection, documentId, path.toString());
    }

    /** The map of the document the entry is in (the path's first name). */
    public String map() {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /**
     * The view document an entry written here changes, as the views' freshness knows it: for the
     * national document, the map written (catalogue, matrix, attainment).
     */
    public DocumentRef document() {
        return collection == ViewCollection.NATIONAL
                ? new DocumentRef(collection, map())
                : new DocumentRef(collection, documentId);
    }

    /** How the placement is remembered with the aggregate, to be cleared when the aggregate moves. */
    public String encoded() {
        return collection.name() + SEPARATOR + documentId + SEPARATOR + path;
    }

    public static Placement decode(String encoded) {
        String[] parts = encoded.split("\\|", 3);
        return new Placement(ViewCollection.valueOf(parts[0]), parts[1], parts[2]);
    }
}
