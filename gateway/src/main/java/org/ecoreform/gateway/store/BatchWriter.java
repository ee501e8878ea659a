package org.ecoreform.gateway.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.DocumentRef;
import org.ecoreform.gateway.domain.Placement;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.gateway.domain.ViewCollection;

/**
 * Applies many events at once, with the same guards as {@link ReadModelWriter} but a handful of
 * round trips per batch instead of several per event: what a catch-up or a rebuild from offset 0
 * reads is applied in bulk. The batch holds at most one event per aggregate (the projector keeps
 * the latest). Anything a bulk write could not settle (an aggregate another replica moved
 * meanwhile, an entry refused or created concurrently) is applied again one by one through
 * {@link ReadModelWriter}, which is harmless since every write is idempotent.
 */
@ApplicationScoped
public class BatchWriter {

    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    /** An aggregate's version and its entries by placement. */
    public record Pending(AggregateVersion event, Map<Placement, Entry> entries) {}

    private final ReadModelWriter writer;
    private final MongoDatabase database;

    public BatchWriter(ReadModelWriter writer, MongoClient mongo, GatewayConfig config) {
        this.writer = writer;
        this.database = mongo.getDatabase(config.database());
    }

    /** Applies the events (one per aggregate); the results are in the events' order. */
    public List<ReadModelWriter.Result> apply(List<Pending> batch) {
        Map<Integer, Set<String>> touches = new LinkedHashMap<>();
        List<ReadModelWriter.Result> results = new ArrayList<>();
        Map<Topics, List<Integer>> byTopic = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            byTopic.computeIfAbsent(batch.get(i).event().topic(), t -> new ArrayList<>())
                    .add(i);
            results.add(null);
        }
        List<Integer> fallback = new ArrayList<>();
        byTopic.forEach((topic, indexes) -> moveAggregates(topic, indexes, batch, results, touches, fallback));

        Set<DocumentRef> documents = writeEntries(batch, touches);
        if (!touches.isEmpty()) { // the documents written are the batch's: named once, with its first event
            int first = touches.keySet().iterator().next();
            ReadModelWriter.Result result = results.get(first);
            results.set(first, new ReadModelWriter.Result(result.outcome(), result.heldBefore(), documents));
        }
        for (int i : fallback) {
            results.set(i, writer.apply(batch.get(i).event(), batch.get(i).entries()));
        }
        return results;
    }

    /**
     * Reads the aggregates' records in one query and moves every newer one forward in one bulk
     * write (compare-and-set on the version read); records whose move did not happen as read go
     * to {@code fallback}.
     */
    private void moveAggregates(
            Topics topic,
            List<Integer> indexes,
            List<Pending> batch,
            List<ReadModelWriter.Result> results,
            Map<Integer, Set<String>> touches,
            List<Integer> fallback) {
        MongoCollection<Document> aggregates = database.getCollection(topic.collection());
        Map<String, Document> held = new HashMap<>();
        List<String> keys =
                indexes.stream().map(i -> batch.get(i).event().key()).toList();
        aggregates.find(Filters.in("_id", keys)).forEach(d -> held.put(d.getString("_id"), d));
        List<WriteModel<Document>> moves = new ArrayList<>();
        List<Integer> moved = new ArrayList<>();
        for (int i : indexes) {
            AggregateVersion event = batch.get(i).event();
            Document record = held.get(event.key());
            long heldVersion = ViewSchema.version(record);
            List<String> current = batch.get(i).entries().keySet().stream()
                    .map(Placement::encoded)
                    .toList();
            if (heldVersion > event.version()) {
                results.set(i, new ReadModelWriter.Result(ReadModelWriter.Outcome.STALE, heldVersion, Set.of()));
            } else if (heldVersion == event.version()) {
                results.set(i, new ReadModelWriter.Result(ReadModelWriter.Outcome.REPEATED, heldVersion, Set.of()));
                touches.put(i, new LinkedHashSet<>(ViewSchema.strings(record, ViewSchema.TOUCHED)));
            } else {
                Set<String> all = new LinkedHashSet<>(current);
                if (record == null) {
                    moves.add(new InsertOneModel<>(new Document("_id", event.key())
                            .append(ViewSchema.VERSION, event.version())
                            .append(ViewSchema.CURRENT, current)
                            .append(ViewSchema.TOUCHED, current)));
                } else {
                    all.addAll(ViewSchema.strings(record, ViewSchema.TOUCHED));
                    moves.add(new UpdateOneModel<>(
                            Filters.and(Filters.eq("_id", event.key()), Filters.eq(ViewSchema.VERSION, heldVersion)),
                            Updates.combine(
                                    Updates.set(ViewSchema.VERSION, event.version()),
                                    Updates.set(ViewSchema.CURRENT, current),
                                    Updates.addEachToSet(ViewSchema.TOUCHED, current))));
                }
                results.set(i, new ReadModelWriter.Result(ReadModelWriter.Outcome.APPLIED, heldVersion, Set.of()));
                touches.put(i, all);
                moved.add(i);
            }
        }
        if (moves.isEmpty()) {
            return;
        }
        Set<Integer> failed = new LinkedHashSet<>();
        long settled;
        try {
            var result = aggregates.bulkWrite(moves, UNORDERED);
            settled = result.getInsertedCount() + result.getModifiedCount();
        } catch (MongoBulkWriteException e) {
            e.getWriteErrors().forEach(error -> failed.add(moved.get(error.getIndex())));
            settled = e.getWriteResult().getInsertedCount() + e.getWriteResult().getModifiedCount();
        }
        if (settled + failed.size() < moves.size()) {
            failed.addAll(
                    moved); // some compare-and-set matched nothing and the result cannot say which: all one by one
        }
        for (int i : failed) {
            touches.remove(i);
            fallback.add(i);
        }
    }

    /** Every entry of the moved and repeated events, one bulk write per collection; then the matrix cells they change. */
    private Set<DocumentRef> writeEntries(List<Pending> batch, Map<Integer, Set<String>> touches) {
        Map<ViewCollection, List<WriteModel<Document>>> writes = new LinkedHashMap<>();
        Set<DocumentRef> documents = new LinkedHashSet<>();
        Set<String> provinceMeasures = new LinkedHashSet<>();
        touches.forEach((i, encoded) -> {
            Pending pending = batch.get(i);
            for (String placementText : encoded) {
                Placement placement = Placement.decode(placementText);
                Entry entry = pending.entries().getOrDefault(placement, Entry.REMOVED);
                writes.computeIfAbsent(placement.collection(), c -> new ArrayList<>())
                        .add(ViewSchema.entryWrite(
                                placement, entry, pending.event().version()));
                documents.add(placement.document());
                if (placement.collection() == ViewCollection.PROVINCE_MEASURES) {
                    provinceMeasures.add(placement.documentId());
                }
            }
        });
        writes.forEach((collection, models) -> {
            try {
                database.getCollection(collection.collection()).bulkWrite(models, UNORDERED);
            } catch (MongoBulkWriteException e) {
                // refused (the entry is as new already) or created by another writer meanwhile: one by one tells which
                for (BulkWriteError error : e.getWriteErrors()) {
                    UpdateOneModel<Document> model = (UpdateOneModel<Document>) models.get(error.getIndex());
                    database.getCollection(collection.collection()).updateOne(model.getFilter(), model.getUpdate());
                }
            }
        });
        writeMatrixCells(provinceMeasures);
        return documents;
    }

    /** The matrix cells of the province-measure documents written, from those documents as they now are. */
    private void writeMatrixCells(Set<String> provinceMeasures) {
        if (provinceMeasures.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> cells = new ArrayList<>();
        database.getCollection(ViewCollection.PROVINCE_MEASURES.collection())
                .find(Filters.in("_id", provinceMeasures))
                .forEach(document -> cells.add(ViewSchema.matrixCellWrite(document.getString("_id"), document)));
        try {
            database.getCollection(ViewCollection.NATIONAL.collection()).bulkWrite(cells, UNORDERED);
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                UpdateOneModel<Document> model = (UpdateOneModel<Document>) cells.get(error.getIndex());
                database.getCollection(ViewCollection.NATIONAL.collection())
                        .updateOne(model.getFilter(), model.getUpdate());
            }
        }
    }
}
