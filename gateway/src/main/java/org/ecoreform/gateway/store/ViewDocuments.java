package org.ecoreform.gateway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.AccountabilityEntry;
import org.ecoreform.gateway.domain.AdopterEntry;
import org.ecoreform.gateway.domain.CatalogueEntry;
import org.ecoreform.gateway.domain.EntryKeys;
import org.ecoreform.gateway.domain.FrameworkEntry;
import org.ecoreform.gateway.domain.MeasureDocument;
import org.ecoreform.gateway.domain.NationalDocument;
import org.ecoreform.gateway.domain.PlanTaskEntry;
import org.ecoreform.gateway.domain.ProvinceDocument;
import org.ecoreform.gateway.domain.ProvinceSummary;
import org.ecoreform.gateway.domain.RecordEntry;
import org.ecoreform.gateway.domain.Summaries;
import org.ecoreform.gateway.domain.TargetEntry;
import org.ecoreform.gateway.domain.ViewCollection;
import org.ecoreform.gateway.domain.ViewStoreUnavailableException;

/**
 * Reads view documents by key into their typed form; never scans a collection. A store that does not answer is a
 * {@link ViewStoreUnavailableException}.
 */
@ApplicationScoped
public class ViewDocuments {

    private final MongoDatabase database;
    private final ObjectReader records;
    private final ObjectReader targets;
    private final ObjectReader adopters;
    private final ObjectReader planTasks;
    private final ObjectReader accountability;
    private final ObjectReader catalogue;
    private final ObjectReader frameworks;

    public ViewDocuments(MongoClient mongo, GatewayConfig config, ObjectMapper mapper) {
        this.database = mongo.getDatabase(config.database());
        this.records = mapper.readerFor(RecordEntry.class);
        this.targets = mapper.readerFor(TargetEntry.class);
        this.adopters = mapper.readerFor(AdopterEntry.class);
        this.planTasks = mapper.readerFor(PlanTaskEntry.class);
        this.accountability = mapper.readerFor(AccountabilityEntry.class);
        this.catalogue = mapper.readerFor(CatalogueEntry.class);
        this.frameworks = mapper.readerFor(FrameworkEntry.class);
    }

    public ProvinceDocument province(String code) {
        Document document = find(ViewCollection.PROVINCES, code);
        return new ProvinceDocument(
                code, read(document, RecordEntry.RECORDS, records), read(document, TargetEntry.TARGETS, targets));
    }

    /** The measure's document, if the catalogue has the measure. */
    public Optional<MeasureDocument> measure(String id) {
        Document document = find(ViewCollection.MEASURES, id);
        Document state = document == null ? null : document.get(MeasureDocument.STATE, Document.class);
        if (ViewSchema.isRemoved(state)) {
            return Optional.empty();
        }
        return Optional.of(new MeasureDocument(
                id,
                ViewSchema.json(state),
                read(document, AdopterEntry.ADOPTERS, adopters),
                read(document, PlanTaskEntry.PLAN_TASKS, planTasks)));
    }

    public NationalDocument national() {
        Document document = find(ViewCollection.NATIONAL, ViewCollection.NATIONAL_ID);
        SortedMap<String, CatalogueEntry> measures = new TreeMap<>();
        for (CatalogueEntry measure : this.<CatalogueEntry>read(document, CatalogueEntry.CATALOGUE, catalogue)) {
            measures.put(measure.id(), measure);
        }
        Map<String, Integer> adoptedBy = new HashMap<>();
        Map<String, Set<String>> adopted = new HashMap<>();
        Map<String, Integer> records = new HashMap<>();
        nested(document, Summaries.MATRIX)
                .forEach((province, cells) -> cells.forEach((measure, cell) -> {
                    records.merge(province, cell.getInteger(Summaries.RECORDS, 0), Integer::sum);
                    if (Boolean.TRUE.equals(cell.getBoolean(Summaries.LIVE))) {
                        adopted.computeIfAbsent(province, k -> new TreeSet<>()).add(measure);
                        adoptedBy.merge(measure, 1, Integer::sum);
                    }
                }));
        Map<String, Map<String, Integer>> attainment = new HashMap<>();
        nested(document, Summaries.ATTAINMENT)
                .forEach((province, targets) -> targets.forEach((target, entry) -> {
                    if (!ViewSchema.isRemoved(entry)) {
                        attainment
                                .computeIfAbsent(province, k -> new TreeMap<>())
                                .merge(entry.getString(Summaries.STATUS), 1, Integer::sum);
                    }
                }));
        SortedMap<String, ProvinceSummary> provinces = new TreeMap<>();
        Set<String> codes = new TreeSet<>(records.keySet());
        codes.addAll(attainment.keySet());
        for (String code : codes) {
            provinces.put(
                    code,
                    new ProvinceSummary(
                            adopted.getOrDefault(code, Set.of()),
                            records.getOrDefault(code, 0),
                            attainment.getOrDefault(code, Map.of())));
        }
        Optional<FrameworkEntry> framework =
                this.<FrameworkEntry>read(document, FrameworkEntry.FRAMEWORK, frameworks).stream()
                        .findFirst();
        return new NationalDocument(
                measures,
                adoptedBy,
                provinces,
                framework,
                read(document, AccountabilityEntry.ACCOUNTABILITY, accountability));
    }

    private Document find(ViewCollection collection, String id) {
        try {
            return database.getCollection(collection.collection())
                    .find(Filters.eq("_id", id))
                    .first();
        } catch (MongoException e) {
            throw new ViewStoreUnavailableException(e);
        }
    }

    /** A two-level map of the national document ({@code map.<province>.<id>}), keys decoded. */
    private static Map<String, Map<String, Document>> nested(Document national, String map) {
        Map<String, Map<String, Document>> nested = new HashMap<>();
        Document outer = national == null ? null : national.get(map, Document.class);
        if (outer != null) {
            outer.forEach((province, inner) -> {
                Map<String, Document> cells = new HashMap<>();
                ((Document) inner).forEach((id, cell) -> cells.put(EntryKeys.decode(id), (Document) cell));
                nested.put(EntryKeys.decode(province), cells);
            });
        }
        return nested;
    }

    private <T> List<T> read(Document document, String map, ObjectReader reader) {
        List<Document> present = ViewSchema.present(document, map);
        List<T> entries = new ArrayList<>(present.size());
        for (Document entry : present) {
            try {
                entries.add(reader.readValue(ViewSchema.json(entry)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable view entry in " + map, e);
            }
        }
        return entries;
    }
}
