package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecoreform.indicators.domain.PlanTask;
import org.ecoreform.platform.dataset.DatasetFacts;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.persistence.StoredDatasetFacts;

/** Reads of the plan tasks register: by province, due year, measure and status (judged today, China Standard Time). */
@ApplicationScoped
public class PlanTaskQueries {

    private static final Pattern ID = Pattern.compile("^[1-9][0-9]{5}-P[0-9]+-[0-9]{2,}$");
    /** Done: a completion (for a periodic task, one within its period: for a yearly one, since the start of last year). */
    private static final String DONE =
            "(t.doneOn is not null and (t.periodYears is null or year(t.doneOn) >= :thisYear - t.periodYears))";

    private final PlanTaskViews views;

    public PlanTaskQueries(PlanTaskViews views) {
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(PlanTaskFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return PlanTask.count(where(filter, params).toString(), params);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanTaskState> search(PlanTaskFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = where(filter, params);
        page.afterKeyMatching(ID).ifPresent(key -> {
            jpql.append(" and t.id > :after");
            params.put("after", key);
        });
        List<PlanTask> rows = PlanTask.<PlanTask>find(
                        jpql.append(" order by t.id").toString(), params)
                .range(0, page.limit())
                .list();
        Page<PlanTask> tasks = Page.of(rows, page.limit(), t -> t.id);
        return new Page<>(views.statesOf(tasks.items()), tasks.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanTaskState> searchAll(PlanTaskFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return views.statesOf(PlanTask.<PlanTask>find(
                        where(filter, params).append(" order by t.id").toString(), params)
                .list());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanTaskState get(String id) {
        return views.stateOf(PlanTask.<PlanTask>findByIdOptional(id).orElseThrow(() -> new NotFound("plan task", id)));
    }

    private StringBuilder where(PlanTaskFilter filter, Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder("from PlanTask t where 1 = 1");
        if (!filter.provinces().isEmpty()) {
            jpql.append(" and t.province in :provinces");
            params.put("provinces", filter.provinces());
        }
        filter.year().ifPresent(y -> {
            jpql.append(" and t.dueYear = :year");
            params.put("year", y);
        });
        if (!filter.measures().isEmpty()) {
            jpql.append(" and exists (select 1 from PlanTask x join x.measures l where x.id = t.id"
                    + " and l.measureId in :measures)");
            params.put("measures", filter.measures());
        }
        if (!filter.statuses().isEmpty()) {
            LocalDate today = views.today();
            params.put("thisYear", today.getYear());
            List<String> any = new ArrayList<>();
            for (String status : filter.statuses()) {
                any.add(
                        switch (status) {
                            case "done" -> DONE;
                            case "overdue" -> "(not " + DONE + " and t.dueYear < :thisYear)";
                            case "due" -> "(not " + DONE + " and t.dueYear >= :thisYear)";
                            default -> throw new InvalidValue("status", "must be due, done or overdue");
                        });
            }
            jpql.append(" and (").append(String.join(" or ", any)).append(')');
        }
        return jpql;
    }

    /** The row count and last change of the {@code plan-tasks} download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetFacts datasetFacts() {
        return StoredDatasetFacts.of(PlanTask.class);
    }
}
