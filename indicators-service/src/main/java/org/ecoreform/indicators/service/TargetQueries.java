package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.indicators.domain.Target;
import org.ecoreform.platform.dataset.DatasetFacts;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.persistence.StoredDatasetFacts;

/** Reads of targets, each with its attainment computed from the observations known now. */
@ApplicationScoped
public class TargetQueries {

    private final TargetViews views;

    public TargetQueries(TargetViews views) {
        this.views = views;
    }

    /** Attainment is computed, so the filter on it applies after the database's; targets number in the hundreds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TargetState> searchAll(TargetFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("from Target t where 1 = 1");
        if (!filter.provinces().isEmpty()) {
            jpql.append(" and t.province in :provinces");
            params.put("provinces", filter.provinces());
        }
        if (!filter.indicators().isEmpty()) {
            jpql.append(" and t.indicatorId in :indicators");
            params.put("indicators", filter.indicators());
        }
        filter.year().ifPresent(y -> {
            jpql.append(" and t.targetYear = :year");
            params.put("year", y);
        });
        jpql.append(" order by t.id");
        return views.statesOf(Target.<Target>find(jpql.toString(), params).list()).stream()
                .filter(state -> filter.attainments().isEmpty()
                        || filter.attainments().contains(state.attainment().status()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TargetState> search(TargetFilter filter, PageRequest page) {
        List<TargetState> all = searchAll(filter);
        List<TargetState> after = page.afterKeyMatching(ObservationQueries.ID_SHAPE)
                .map(key -> all.stream().filter(s -> s.id().compareTo(key) > 0).toList())
                .orElse(all);
        return Page.of(after.subList(0, Math.min(after.size(), page.limit() + 1)), page.limit(), TargetState::id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetState get(String id) {
        return views.detailOf(TargetService.find(id));
    }

    /** The row count and last change of the {@code targets} download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetFacts datasetFacts() {
        return StoredDatasetFacts.of(Target.class);
    }
}
