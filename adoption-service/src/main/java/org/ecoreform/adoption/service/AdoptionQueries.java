package org.ecoreform.adoption.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.adoption.importer.ResponsibleUnits;
import org.ecoreform.platform.catalogue.CatalogueMeasure;
import org.ecoreform.platform.dataset.DatasetFacts;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.persistence.StoredDatasetFacts;
import org.ecoreform.platform.reference.Label;

/**
 * Reads of plans and records: searches (also "as of" a day), coverage, a measure's adopters. A
 * record's status on a day is that of its progress entry in effect then (see {@link #IN_EFFECT}).
 */
@ApplicationScoped
public class AdoptionQueries {

    /** Live: no later entry corrects it. */
    private static final String LIVE = "not exists (select 1 from ProgressEntry c where c.corrects = %1$s.id)";
    /** Entry e is the one in effect for record r on :asOf: the live entry effective by then that no other live one follows. */
    static final String IN_EFFECT = "e.recordId = r.id and e.effectiveOn <= :asOf and " + LIVE.formatted("e")
            + " and not exists (select 1 from ProgressEntry n where n.recordId = r.id and n.effectiveOn <= :asOf and "
            + LIVE.formatted("n")
            + " and (n.effectiveOn > e.effectiveOn or (n.effectiveOn = e.effectiveOn and n.id > e.id)))";

    private final EntityManager em;
    private final AdoptionViews views;

    public AdoptionQueries(EntityManager em, AdoptionViews views) {
        this.em = em;
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanView> plans(Set<String> provinces) {
        List<AdoptionPlan> plans = provinces.isEmpty()
                ? AdoptionPlan.list("order by province, issuedOn, id")
                : AdoptionPlan.list("province in ?1 order by province, issuedOn, id", provinces);
        return plans.stream().map(this::planView).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView plan(String id) {
        AdoptionPlan plan = AdoptionPlan.findById(id);
        if (plan == null) {
            throw new NotFound("plan", id);
        }
        return planView(plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdoptionState> search(AdoptionFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = where(filter, params);
        page.afterCompositeKey().ifPresent(key -> {
            params.put("afterPlan", key.text());
            params.put("afterRow", key.number());
            jpql.append(" and (r.planId > :afterPlan or (r.planId = :afterPlan and r.rowNumber > :afterRow))");
        });
        jpql.append(" order by r.planId, r.rowNumber");
        List<AdoptionRecord> rows = AdoptionRecord.find(jpql.toString(), params)
                .range(0, page.limit())
                .list();
        Page<AdoptionRecord> records =
                Page.of(rows, page.limit(), r -> new PageRequest.CompositeKey(r.planId, r.rowNumber).encoded());
        return new Page<>(views.statesOf(records.items(), filter.asOf()), records.nextCursor());
    }

    /** How many records match the filter (a list's total). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AdoptionFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return AdoptionRecord.count(where(filter, params).toString(), params);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdoptionState> searchAll(AdoptionFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = where(filter, params).append(" order by r.planId, r.rowNumber");
        return views.statesOf(
                AdoptionRecord.<AdoptionRecord>find(jpql.toString(), params).list(), filter.asOf());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdoptionState get(String id) {
        return views.stateOf(AdoptionRecord.<AdoptionRecord>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("adoption record", id)));
    }

    /**
     * A province's adopted measures per category, and by status: a measure several records adopt
     * counts once, under the most advanced of their statuses. Withdrawn records adopt nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CoverageView coverage(String province, Optional<LocalDate> asOf) {
        if (province == null || !province.matches("^[1-9][0-9]{5}$")) {
            throw new InvalidValue("province", "is required: a six-digit GB/T 2260 code");
        }
        Map<String, CatalogueMeasure> active =
                CatalogueMeasure.<CatalogueMeasure>list(
                                "status <> ?1 order by listCode, number", CatalogueMeasure.RETIRED)
                        .stream()
                        .collect(Collectors.toMap(m -> m.id, m -> m, (a, b) -> a, LinkedHashMap::new));
        String status = asOf.isPresent() ? "e.toStatus" : "r.status";
        String entry = asOf.isPresent() ? ", ProgressEntry e" : "";
        String inEffect = asOf.isPresent() ? " and " + IN_EFFECT : "";
        var query = em.createQuery(
                        "select l.measureId, " + status + " from AdoptionRecord r join r.measures l, AdoptionPlan p"
                                + entry + " where p.id = r.planId and p.province = :province" + inEffect,
                        Object[].class)
                .setParameter("province", province);
        asOf.ifPresent(day -> query.setParameter("asOf", day));
        Map<String, AdoptionStatus> best = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            AdoptionStatus s = (AdoptionStatus) row[1];
            if (s != AdoptionStatus.WITHDRAWN) {
                best.merge(
                        (String) row[0],
                        s,
                        (a, b) -> CoverageView.ADVANCEMENT.indexOf(a) <= CoverageView.ADVANCEMENT.indexOf(b) ? a : b);
            }
        }
        return CoverageView.of(AdoptionViews.province(province), asOf.orElse(null), active.values(), best);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdopterView> adopters(String measureId) {
        if (CatalogueMeasure.findById(measureId) == null) {
            throw new NotFound("measure", measureId);
        }
        List<Object[]> rows = em.createQuery(
                        "select p.province, r.id, r.planId, r.status, r.scope from AdoptionRecord r "
                                + "join r.measures l, AdoptionPlan p where p.id = r.planId and l.measureId = :measure "
                                + "order by p.province, r.planId, r.rowNumber",
                        Object[].class)
                .setParameter("measure", measureId)
                .getResultList();
        return rows.stream()
                .map(row -> new AdopterView(
                        AdoptionViews.province(((String) row[0]).strip()),
                        (String) row[1],
                        (String) row[2],
                        ((AdoptionStatus) row[3]).wireName(),
                        ((AdoptionRecord.Scope) row[4]).name().toLowerCase()))
                .toList();
    }

    /** The codelist of responsible units, each with the number of records naming it (withdrawn ones included). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitCount> units() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select ru.unitId, count(distinct r.id) from AdoptionRecord r join r.responsibleUnits ru "
                                + "where ru.unitId is not null group by ru.unitId",
                        Object[].class)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return ResponsibleUnits.shipped().all().stream()
                .map(u -> new UnitCount(
                        u.id(),
                        u.nameZh(),
                        u.nameEn(),
                        u.aliases(),
                        u.kind(),
                        u.province() == null ? null : AdoptionViews.province(u.province()),
                        counts.getOrDefault(u.id(), 0L)))
                .toList();
    }

    /** A unit of the codelist, its kind (and a branch's province), and how many records name it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "UnitCount")
    public record UnitCount(
            @Schema(example = "pboc-xining") String id,
            @Schema(example = "中国人民银行西宁中心支行") String nameZh,
            String nameEn,
            List<String> aliases,

            @Schema(
                    enumeration = {"department", "branch", "group"},
                    description = "department: a unit of the provincial government (one entry for every "
                            + "province); branch: a national body's office in one province; group: the member "
                            + "units of a leading group")
            String kind,

            @Schema(description = "The province a branch serves")
            Label province,

            long records) {}

    private PlanView planView(AdoptionPlan plan) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : em.createQuery(
                        "select r.status, count(r) from AdoptionRecord r where r.planId = :plan group by r.status",
                        Object[].class)
                .setParameter("plan", plan.id)
                .getResultList()) {
            counts.put(((AdoptionStatus) row[0]).wireName(), (Long) row[1]);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new PlanView(
                plan.id,
                AdoptionViews.province(plan.province.strip()),
                plan.issuingBody,
                plan.documentNumber,
                plan.issuedOn,
                plan.title,
                plan.sourceFile,
                total,
                counts);
    }

    private static StringBuilder where(AdoptionFilter filter, Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder("from AdoptionRecord r where 1 = 1");
        if (!filter.provinces().isEmpty()) {
            jpql.append(" and r.planId in (select p.id from AdoptionPlan p where p.province in :provinces)");
            params.put("provinces", filter.provinces());
        }
        if (!filter.measures().isEmpty()) {
            jpql.append(" and exists (select 1 from AdoptionRecord x join x.measures l where x.id = r.id"
                    + " and l.measureId in :measures)");
            params.put("measures", filter.measures());
        }
        if (!filter.categories().isEmpty()) {
            jpql.append(" and exists (select 1 from AdoptionRecord x join x.measures l, CatalogueMeasure c "
                    + "where x.id = r.id and c.id = l.measureId and c.categoryId in :categories)");
            params.put("categories", filter.categories());
        }
        boolean byStatus = !filter.statuses().isEmpty();
        if (byStatus) {
            params.put("statuses", filter.statuses());
        }
        if (filter.asOf().isPresent()) {
            params.put("asOf", filter.asOf().get());
            jpql.append(" and exists (select 1 from ProgressEntry e where ").append(IN_EFFECT);
            jpql.append(byStatus ? " and e.toStatus in :statuses)" : ")");
        } else if (byStatus) {
            jpql.append(" and r.status in :statuses");
        }
        filter.unit().ifPresent(u -> {
            jpql.append(
                    " and exists (select 1 from AdoptionRecord x join x.responsibleUnits ru where x.id = r.id and ru.unitId = :unit)");
            params.put("unit", u);
        });
        filter.text().ifPresent(q -> {
            // the province's text, and the adopted measures' names and categories in both languages
            jpql.append(
                    " and (lower(r.name) like :q escape '\\' or lower(r.actions) like :q escape '\\'"
                            + " or exists (select 1 from AdoptionRecord x join x.measures l, CatalogueMeasure c"
                            + " where x.id = r.id and c.id = l.measureId and (lower(c.name) like :q escape '\\'"
                            + " or lower(c.categoryNameZh) like :q escape '\\' or lower(c.categoryNameEn) like :q escape '\\')))");
            params.put("q", QueryParams.containsPattern(q));
        });
        return jpql;
    }

    /** The row count and last change of the {@code adoptions} download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetFacts datasetFacts() {
        return StoredDatasetFacts.of(AdoptionRecord.class);
    }

    /** The row count and last change of the {@code adoption-plans} download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetFacts planDatasetFacts() {
        return StoredDatasetFacts.of(AdoptionPlan.class, "createdAt", "1 = 1");
    }
}
