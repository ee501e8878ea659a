package org.ecoreform.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.platform.dataset.DatasetFacts;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.persistence.StoredDatasetFacts;

/** Reads of the catalogue: one measure, a filtered page in catalogue order, or every match (exports). */
@ApplicationScoped
public class MeasureQueries {

    private final CatalogueLabels labels;

    public MeasureQueries(CatalogueLabels labels) {
        this.labels = labels;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MeasureState> search(MeasureFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("from Measure m where 1 = 1");
        appendFilter(filter, jpql, params);
        page.afterCompositeKey().ifPresent(key -> {
            params.put("afterList", key.text());
            params.put("afterNumber", key.number());
            jpql.append(" and (m.listCode > :afterList or (m.listCode = :afterList and m.number > :afterNumber))");
        });
        jpql.append(" order by m.listCode, m.number");
        List<Measure> rows =
                Measure.find(jpql.toString(), params).range(0, page.limit()).list();
        return Page.of(rows, page.limit(), m -> new PageRequest.CompositeKey(m.listCode, m.number).encoded())
                .map(labels::stateOf);
    }

    /** How many measures match the filter (a list's total). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(MeasureFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("from Measure m where 1 = 1");
        appendFilter(filter, jpql, params);
        return Measure.count(jpql.toString(), params);
    }

    /** Every measure matching the filter, in catalogue order (the CSV export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureState> searchAll(MeasureFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("from Measure m where 1 = 1");
        appendFilter(filter, jpql, params);
        jpql.append(" order by m.listCode, m.number");
        return labels.statesOf(Measure.find(jpql.toString(), params).list());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeasureState get(String id) {
        return labels.stateOf(find(id));
    }

    static Measure find(String id) {
        return Measure.<Measure>findByIdOptional(id).orElseThrow(() -> new NotFound("measure", id));
    }

    private static void appendFilter(MeasureFilter filter, StringBuilder jpql, Map<String, Object> params) {
        if (!filter.categories().isEmpty()) {
            jpql.append(" and m.categoryId in :categories");
            params.put("categories", filter.categories());
        }
        if (!filter.sourceProvinces().isEmpty()) {
            jpql.append(
                    " and exists (select 1 from Measure x join x.sourceProvinces p where x.id = m.id and p in :provinces)");
            params.put("provinces", filter.sourceProvinces());
        }
        if (!filter.departments().isEmpty()) {
            jpql.append(
                    " and exists (select 1 from Measure x join x.departments d where x.id = m.id and d in :departments)");
            params.put("departments", filter.departments());
        }
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and m.status in :statuses");
            params.put("statuses", filter.statuses());
        }
        filter.frameworkSystem().ifPresent(system -> {
            jpql.append(" and m.frameworkSystem = :frameworkSystem");
            params.put("frameworkSystem", system);
        });
        filter.text().ifPresent(q -> {
            // the text in Chinese, and the category's and guiding departments' names in both languages
            jpql.append(
                    " and (lower(m.name) like :q escape '\\' or lower(m.content) like :q escape '\\'"
                            + " or exists (select 1 from Measure x join x.corrections c where x.id = m.id and "
                            + "lower(c.corrected) like :q escape '\\')"
                            + " or exists (select 1 from Category c where c.id = m.categoryId and "
                            + "(lower(c.nameZh) like :q escape '\\' or lower(c.nameEn) like :q escape '\\'))"
                            + " or exists (select 1 from Measure x join x.departments d, Department dep where x.id = m.id"
                            + " and dep.id = d and (lower(dep.nameZh) like :q escape '\\' or lower(dep.nameEn) like :q escape '\\')))");
            params.put("q", QueryParams.containsPattern(q));
        });
    }

    /** The row count and last change of the {@code measures} download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetFacts datasetFacts() {
        return StoredDatasetFacts.of(Measure.class);
    }
}
