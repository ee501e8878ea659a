package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecoreform.indicators.domain.Observation;
import org.ecoreform.indicators.domain.ObservationRevision;
import org.ecoreform.platform.dataset.DatasetFacts;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.persistence.StoredDatasetFacts;

/** Reads of observations, as known now or at the end of a given day ({@code asOf}). */
@ApplicationScoped
public class ObservationQueries {

    /** Targets and observations are both named province-indicator-year. */
    public static final java.util.regex.Pattern ID_SHAPE =
            java.util.regex.Pattern.compile("^[1-9][0-9]{5}-[a-z0-9-]{1,80}-[0-9]{4}$");

    /** One page of {@link #searchAll(ObservationFilter)}, in id order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ObservationView> search(ObservationFilter filter, PageRequest page) {
        java.util.Optional<String> after = page.afterKeyMatching(ID_SHAPE);
        List<ObservationView> rows = searchAll(filter).stream()
                .sorted(java.util.Comparator.comparing(ObservationView::id))
                .filter(o -> after.map(key -> o.id().compareTo(key) > 0).orElse(true))
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(rows, page.limit(), ObservationView::id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObservationView> searchAll(ObservationFilter filter) {
        Map<String, Object> params = new HashMap<>();
        // a value that moved is read by its id; lists show where it went
        StringBuilder jpql = new StringBuilder("from Observation o where o.movedTo is null");
        if (!filter.provinces().isEmpty()) {
            jpql.append(" and o.province in :provinces");
            params.put("provinces", filter.provinces());
        }
        if (!filter.indicators().isEmpty()) {
            jpql.append(" and o.indicatorId in :indicators");
            params.put("indicators", filter.indicators());
        }
        filter.period().ifPresent(p -> {
            jpql.append(" and o.period = :period");
            params.put("period", p);
        });
        jpql.append(" order by o.province, o.indicatorId, o.period");
        return Observation.<Observation>find(jpql.toString(), params).list().stream()
                .map(o -> view(o, filter.asOf(), false))
                .flatMap(Optional::stream)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObservationView get(String id, Optional<OffsetDateTime> asOf) {
        return view(ObservationService.find(id), asOf, true)
                .orElseThrow(() -> new NotFound(
                        "observation known at " + asOf.map(Object::toString).orElse("now"), id));
    }

    /** The observation as known at {@code asOf} (now when empty), its history up to then when asked. */
    static Optional<ObservationView> view(Observation o, Optional<OffsetDateTime> asOf, boolean withHistory) {
        Optional<ObservationRevision> known = asOf.isPresent() ? o.asOf(asOf.get()) : Optional.of(o.current());
        return known.map(r -> new ObservationView(
                o.id,
                TargetViews.province(o.province),
                o.indicatorId,
                o.period,
                TargetViews.plain(r.value),
                r.status,
                r.source,
                r.reportedBy,
                r.recordedAt,
                r.revision,
                asOf.isPresent() ? null : o.version(),
                r.publisher == null
                        ? null
                        : new ObservationView.Publication(r.publisher, r.publishedOn, r.publishedWording),
                withHistory
                        ? o.revisions.stream()
                                .filter(h -> h.revision <= r.revision)
                                .map(h -> new ObservationView.Revision(
                                        h.revision,
                                        TargetViews.plain(h.value),
                                        h.status,
                                        h.source,
                                        h.reportedBy,
                                        h.recordedAt))
                                .toList()
                        : null,
                o.movedTo,
                o.movedFrom));
    }

    /** The row count and last change of the {@code observations} download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetFacts datasetFacts() {
        return StoredDatasetFacts.of(Observation.class, "e.movedTo is null");
    }
}
