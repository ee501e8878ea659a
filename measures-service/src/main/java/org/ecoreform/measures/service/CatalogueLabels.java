package org.ecoreform.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecoreform.measures.domain.ArticleLink;
import org.ecoreform.measures.domain.Category;
import org.ecoreform.measures.domain.Department;
import org.ecoreform.measures.domain.FrameworkArticle;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.measures.domain.MeasureList;
import org.ecoreform.measures.domain.Province;
import org.ecoreform.platform.reference.Label;

/**
 * Turns measures into their published state, with the labels of categories, provinces and
 * departments, and the systems of the framework articles it is linked to. The codelists change only
 * when reference data is imported, so one snapshot is kept and dropped after each import.
 */
@ApplicationScoped
public class CatalogueLabels {

    private volatile Snapshot snapshot;

    public MeasureState stateOf(Measure measure) {
        return current().stateOf(measure);
    }

    public List<MeasureState> statesOf(List<Measure> measures) {
        Snapshot labels = current();
        return measures.stream().map(labels::stateOf).toList();
    }

    /** Labels read in the current transaction, not cached (used while importing). */
    List<MeasureState> statesUncached(List<Measure> measures) {
        Snapshot labels = Snapshot.load();
        return measures.stream().map(labels::stateOf).toList();
    }

    void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot labels = snapshot;
        if (labels == null) {
            labels = Snapshot.load();
            snapshot = labels;
        }
        return labels;
    }

    private record Snapshot(
            Map<String, Label> categories,
            Map<String, Label> provinces,
            Map<String, Label> departments,
            Map<String, MeasureList> lists,
            Map<String, String> articleSystems) {

        static Snapshot load() {
            return new Snapshot(
                    Category.<Category>listAll().stream()
                            .collect(Collectors.toMap(c -> c.id, c -> new Label(c.id, c.nameZh, c.nameEn))),
                    Province.<Province>listAll().stream()
                            .collect(Collectors.toMap(p -> p.code, p -> new Label(p.code, p.nameZh, p.nameEn))),
                    Department.<Department>listAll().stream()
                            .collect(Collectors.toMap(d -> d.id, d -> new Label(d.id, d.nameZh, d.nameEn))),
                    MeasureList.<MeasureList>listAll().stream()
                            .collect(Collectors.toMap(l -> l.code, Function.identity())),
                    // an article outside the eight systems maps to "": HashMap, as toMap refuses null values
                    FrameworkArticle.<FrameworkArticle>listAll().stream()
                            .collect(Collectors.toMap(a -> a.id, a -> a.systemId == null ? "" : a.systemId)));
        }

        MeasureState stateOf(Measure m) {
            MeasureList list = lists.get(m.listCode);
            String documentDate = list != null && list.documentNumber.equals(m.provenanceDocument)
                    ? list.issuedOn.format(DateTimeFormatter.ISO_LOCAL_DATE)
                    : null;
            return new MeasureState(
                    m.id,
                    m.listCode,
                    m.number,
                    label(categories, m.categoryId),
                    m.name,
                    m.content,
                    m.status.wireName(),
                    m.sourceProvinces.stream()
                            .map(code -> label(provinces, code))
                            .toList(),
                    m.departments.stream().map(id -> label(departments, id)).toList(),
                    m.articleLinks.stream()
                            .filter(ArticleLink::linked)
                            .map(l -> new FrameworkLink(
                                    l.articleId,
                                    emptyToNull(articleSystems.get(l.articleId)),
                                    l.score,
                                    l.decidedBy,
                                    l.rule))
                            .toList(),
                    m.version(),
                    m.createdAt,
                    m.updatedAt,
                    m.retiredAt,
                    m.retirementReason,
                    new MeasureState.Provenance(m.provenanceDocument, m.provenanceFile, m.provenanceLine, documentDate),
                    m.corrections.stream()
                            .map(c -> new MeasureState.TextCorrection(c.published(), c.corrected(), c.note()))
                            .toList(),
                    m.frameworkSystem == null
                            ? null
                            : new MeasureState.Placement(m.frameworkSystem, m.placementBasis, m.placementConfidence));
        }

        private static String emptyToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }

        private static Label label(Map<String, Label> labels, String id) {
            Label label = labels.get(id);
            return label != null ? label : new Label(id, null, null);
        }
    }
}
