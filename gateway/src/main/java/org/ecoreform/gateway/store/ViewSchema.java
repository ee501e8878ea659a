package org.ecoreform.gateway.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.ecoreform.gateway.domain.EntryKeys;
import org.ecoreform.gateway.domain.Placement;
import org.ecoreform.gateway.domain.RecordEntry;
import org.ecoreform.gateway.domain.Summaries;
import org.ecoreform.gateway.domain.ViewCollection;

/**
 * The stored layout of the views, said once for both writers and the reader: the field names, the
 * version-guarded entry write, and the national matrix cell derived from a province-measure
 * document. Only the query and update operators mongo-java-server and MongoDB both support are used.
 */
final class ViewSchema {

    /** Bumped when the layout of the stored read models changes: a store of another layout is rebuilt. */
    static final int LAYOUT = 3;

    static final String OFFSETS = "offsets";
    static final String META = "meta";
    /** An aggregate record's version, and an entry's ({@code v}). */
    static final String VERSION = "version";

    static final String ENTRY_VERSION = "v";
    static final String CURRENT = "current";
    /** Every placement an aggregate ever had: all of them get its entry again when an event is repeated. */
    static final String TOUCHED = "touched";

    static final String REVISION = Summaries.REVISION;
    static final String REMOVED = "removed";
    static final String JSON = "json";
    static final String LIVE = "live";
    static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private ViewSchema() {}

    /** Matches the document only while the entry at the placement is older than {@code version} (or absent). */
    static Bson entryGuard(Placement placement, long version) {
        String versionPath = placement.path() + "." + ENTRY_VERSION;
        return Filters.and(
                Filters.eq("_id", placement.documentId()),
                Filters.or(Filters.lt(versionPath, version), Filters.exists(versionPath, false)));
    }

    static Bson entryUpdate(Placement placement, Document entry) {
        return Updates.combine(Updates.set(placement.path(), entry), Updates.inc(REVISION, 1L));
    }

    /** The guarded upsert of one entry: applied unless the entry held is as new. */
    static UpdateOneModel<Document> entryWrite(Placement placement, Entry entry, long version) {
        return new UpdateOneModel<>(
                entryGuard(placement, version), entryUpdate(placement, entry.toDocument(version)), UPSERT);
    }

    /** The matrix cell a province-measure document gives: live, and how many records link the two. */
    static Document cell(Document provinceMeasure) {
        int records = 0;
        boolean live = false;
        for (Document record : present(provinceMeasure, RecordEntry.RECORDS)) {
            records++;
            live |= Boolean.TRUE.equals(record.getBoolean(LIVE));
        }
        return new Document(Summaries.LIVE, live).append(Summaries.RECORDS, records);
    }

    /** The path of a province-measure document's cell in the national document. */
    static String matrixPath(String provinceMeasure) {
        String[] ids = provinceMeasure.split(":", 2); // the province code comes first and has no colon
        return Summaries.MATRIX + "." + EntryKeys.encode(ids[0]) + "." + EntryKeys.encode(ids[1]);
    }

    /**
     * The guarded upsert of {@code matrix.<province>.<measure>} from the province-measure document:
     * it matches only while the cell held was derived from an older revision of that document.
     */
    static UpdateOneModel<Document> matrixCellWrite(String provinceMeasure, Document document) {
        long revision = ((Number) document.get(REVISION)).longValue();
        String path = matrixPath(provinceMeasure);
        String revisionPath = path + "." + REVISION;
        return new UpdateOneModel<>(
                Filters.and(
                        Filters.eq("_id", ViewCollection.NATIONAL_ID),
                        Filters.or(Filters.lt(revisionPath, revision), Filters.exists(revisionPath, false))),
                Updates.set(path, cell(document).append(REVISION, revision)),
                UPSERT);
    }

    // ---- reading stored entries

    static boolean isRemoved(Document entry) {
        return entry == null || Boolean.TRUE.equals(entry.getBoolean(REMOVED));
    }

    static String json(Document entry) {
        return entry.getString(JSON);
    }

    static long version(Document record) {
        Object version = record == null ? null : record.get(VERSION);
        return version == null ? 0 : ((Number) version).longValue();
    }

    /** The entries of a map in a view document that are not removed, in stored order. */
    static List<Document> present(Document document, String map) {
        Document entries = document == null ? null : document.get(map, Document.class);
        if (entries == null) {
            return List.of();
        }
        List<Document> present = new ArrayList<>(entries.size());
        for (Object value : entries.values()) {
            if (value instanceof Document entry && !isRemoved(entry)) {
                present.add(entry);
            }
        }
        return present;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Document document, String field) {
        Object value = document == null ? null : document.get(field);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
