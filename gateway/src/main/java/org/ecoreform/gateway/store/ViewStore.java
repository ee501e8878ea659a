package org.ecoreform.gateway.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.gateway.domain.ViewCollection;
import org.jboss.logging.Logger;

/**
 * The view store as a whole: its layout version, the topic offsets stored beside the views they
 * produced, and wiping it for a rebuild.
 */
@ApplicationScoped
public class ViewStore {

    private static final Logger LOG = Logger.getLogger(ViewStore.class);

    private final MongoDatabase database;

    public ViewStore(MongoClient mongo, GatewayConfig config) {
        this.database = mongo.getDatabase(config.database());
    }

    /** Wipes a store written with another layout (the projector then rebuilds it from offset 0). */
    public void ensureLayout() {
        MongoCollection<Document> meta = database.getCollection(ViewSchema.META);
        Document layout = meta.find(Filters.eq("_id", "layout")).first();
        if (layout != null && layout.get(ViewSchema.VERSION) instanceof Number n && n.intValue() == ViewSchema.LAYOUT) {
            return;
        }
        if (!storedCollections().isEmpty()) {
            LOG.infof(
                    "View store layout %s found, %d expected: rebuilding the views from offset 0",
                    layout == null ? "none" : layout.get(ViewSchema.VERSION), ViewSchema.LAYOUT);
            wipe();
        }
        meta.replaceOne(
                Filters.eq("_id", "layout"),
                new Document("_id", "layout").append(ViewSchema.VERSION, ViewSchema.LAYOUT),
                new ReplaceOptions().upsert(true));
    }

    public Map<TopicPartition, Long> offsets() {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (Document d : database.getCollection(ViewSchema.OFFSETS).find()) {
            offsets.put(
                    new TopicPartition(d.getString("topic"), d.getInteger("partition")),
                    ((Number) d.get("next")).longValue());
        }
        return offsets;
    }

    public void saveOffsets(Map<TopicPartition, Long> next) {
        next.forEach((p, offset) -> database.getCollection(ViewSchema.OFFSETS)
                .updateOne(
                        Filters.eq("_id", p.topic() + "|" + p.partition()),
                        Updates.combine(
                                Updates.set("topic", p.topic()),
                                Updates.set("partition", p.partition()),
                                Updates.max("next", offset)),
                        ViewSchema.UPSERT));
    }

    /** Empties the views and the offsets (the feed of changes stays: its entries are unique per version). */
    public void wipe() {
        storedCollections().forEach(name -> database.getCollection(name).drop());
    }

    /** The collections of views, aggregates and offsets that exist (dropping one that does not is an error to some servers). */
    private Set<String> storedCollections() {
        Set<String> ours = new LinkedHashSet<>(List.of(ViewSchema.OFFSETS));
        for (Topics topic : Topics.values()) {
            ours.add(topic.collection());
        }
        for (ViewCollection views : ViewCollection.values()) {
            ours.add(views.collection());
        }
        Set<String> existing = database.listCollectionNames().into(new LinkedHashSet<>());
        ours.retainAll(existing);
        return ours;
    }
}
