package org.ecoreform.adoption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.adoption.domain.CatalogueMeasure;
import org.ecoreform.adoption.domain.MeasureLink;
import org.ecoreform.adoption.domain.Milestone;
import org.ecoreform.adoption.domain.StatusChange;
import org.ecoreform.adoption.event.AdoptionEvents;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.DomainError;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.idempotency.IdempotentCreate;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.persistence.VersionedRecord;

/**
 * The rules of adoption records: reads, and writes that are scoped to the editor's province,
 * checked against the catalogue replica, guarded by If-Match and the record version, and announced
 * through the outbox in the same transaction.
 */
@ApplicationScoped
public class AdoptionService {

    private final EntityManager em;
    private final AdoptionViews views;
    private final AdoptionEvents events;
    private final IdempotentCreate idempotentCreate;

    public AdoptionService(EntityManager em, AdoptionViews views, AdoptionEvents events, IdempotentCreate idempotentCreate) {
        this.em = em;
        this.views = views;
        this.events = events;
        this.idempotentCreate = idempotentCreate;
    }

    static String recordId(String planId, int rowNumber) {
        return String.format("%s-%02d", planId, rowNumber);
    }

    // ---- reads

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanView> plans() {
        return AdoptionPlan.<AdoptionPlan>list("order by province, issuedOn, id").stream().map(this::planView).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView plan(String id) {
        return planView(findPlan(id));
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
        List<AdoptionRecord> rows = AdoptionRecord.find(jpql.toString(), params).range(0, page.limit()).list();
        Page<AdoptionRecord> records = Page.of(rows, page.limit(), r -> new PageRequest.CompositeKey(r.planId, r.rowNumber).encoded());
        return new Page<>(views.statesOf(records.items()), records.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdoptionState> searchAll(AdoptionFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = where(filter, params).append(" order by r.planId, r.rowNumber");
        return views.statesOf(AdoptionRecord.<AdoptionRecord>find(jpql.toString(), params).list());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdoptionState get(String id) {
        return views.stateOf(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoverageView coverage(String province) {
        if (province == null || !province.matches("^[1-9][0-9]{5}$")) {
            throw new InvalidValue("province", "is required: a six-digit GB/T 2260 code");
        }
        Map<String, CatalogueMeasure> active = CatalogueMeasure.<CatalogueMeasure>list("status <> ?1 order by listCode, number",
                CatalogueMeasure.RETIRED).stream().collect(Collectors.toMap(m -> m.id, m -> m, (a, b) -> a, LinkedHashMap::new));
        Set<String> adopted = new LinkedHashSet<>(em.createQuery(
                        "select distinct l.measureId from AdoptionRecord r join r.measures l, AdoptionPlan p "
                                + "where p.id = r.planId and p.province = :province and r.status <> :withdrawn", String.class)
                .setParameter("province", province)
                .setParameter("withdrawn", AdoptionStatus.WITHDRAWN)
                .getResultList());
        Map<String, List<CatalogueMeasure>> byCategory = active.values().stream()
                .collect(Collectors.groupingBy(m -> m.categoryId, TreeMap::new, Collectors.toList()));
        List<CoverageView.CategoryCoverage> categories = new ArrayList<>();
        int adoptedTotal = 0;
        for (Map.Entry<String, List<CatalogueMeasure>> entry : byCategory.entrySet()) {
            CatalogueMeasure sample = entry.getValue().get(0);
            int count = (int) entry.getValue().stream().filter(m -> adopted.contains(m.id)).count();
            adoptedTotal += count;
            categories.add(new CoverageView.CategoryCoverage(entry.getKey(), sample.categoryNameZh, sample.categoryNameEn,
                    count, entry.getValue().size()));
        }
        return new CoverageView(AdoptionViews.province(province), categories, adoptedTotal, active.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdopterView> adopters(String measureId) {
        if (CatalogueMeasure.findById(measureId) == null) {
            throw new NotFound("measure", measureId);
        }
        List<Object[]> rows = em.createQuery("select p.province, r.id, r.planId, r.status, r.scope from AdoptionRecord r "
                        + "join r.measures l, AdoptionPlan p where p.id = r.planId and l.measureId = :measure "
                        + "order by p.province, r.planId, r.rowNumber", Object[].class)
                .setParameter("measure", measureId).getResultList();
        return rows.stream().map(row -> new AdopterView(AdoptionViews.province(((String) row[0]).strip()), (String) row[1],
                (String) row[2], ((AdoptionStatus) row[3]).wireName(), ((AdoptionRecord.Scope) row[4]).name().toLowerCase()))
                .toList();
    }

    // ---- writes

    @Transactional
    public IdempotentCreate.Created create(AdoptionInput input, String idempotencyKey, Caller caller,
                                           Function<AdoptionState, String> body) {
        if (input.planId() == null) {
            throw new InvalidValue("planId", "is required to create a record");
        }
        AdoptionPlan plan = AdoptionPlan.findById(input.planId());
        if (plan == null) {
            throw new RuleViolation("planId", "plan '" + input.planId() + "' does not exist");
        }
        caller.requireMayWrite(plan.province);
        return idempotentCreate.execute(idempotencyKey, caller.name(), input, () -> {
            List<CatalogueMeasure> measures = checkMeasures(input.measureIds(), true);
            Integer max = em.createQuery("select max(r.rowNumber) from AdoptionRecord r where r.planId = :plan", Integer.class)
                    .setParameter("plan", plan.id).getSingleResult();
            OffsetDateTime now = now();
            AdoptionRecord record = new AdoptionRecord();
            record.planId = plan.id;
            record.rowNumber = max == null ? 1 : max + 1;
            record.id = recordId(plan.id, record.rowNumber);
            record.status = AdoptionStatus.PLANNED;
            record.created(caller.name(), now);
            record.provenanceDocument = VersionedRecord.API_PROVENANCE;
            copy(input, measures, record);
            record.persist();
            appendHistory(record, null, AdoptionStatus.PLANNED, "created", now, caller);
            AdoptionState state = flushAndPublish(record, caller);
            return IdempotentCreate.Created.of("/api/v1/adoptions/" + record.id, body.apply(state));
        });
    }

    @Transactional
    public AdoptionState update(String id, ExpectedVersion expected, AdoptionInput input, Caller caller) {
        AdoptionRecord record = findForWrite(id, expected, caller);
        if (input.planId() != null && !input.planId().equals(record.planId)) {
            throw new RuleViolation("planId", "a record cannot move to another plan");
        }
        if (record.status == AdoptionStatus.WITHDRAWN) {
            throw new Conflict("record " + id + " is withdrawn and can no longer be edited");
        }
        List<CatalogueMeasure> measures = checkMeasures(input.measureIds(), false);
        copy(input, measures, record);
        record.changed(caller.name(), now());
        return flushAndPublish(record, caller);
    }

    @Transactional
    public AdoptionState transition(String id, ExpectedVersion expected, TransitionInput input, Caller caller) {
        AdoptionStatus target = AdoptionStatus.fromWire(input.status()).orElseThrow(() -> new InvalidValue("status",
                "must be one of planned, in-progress, implemented, suspended, withdrawn"));
        return moveTo(id, expected, target, input.reason(), caller);
    }

    @Transactional
    public AdoptionState withdraw(String id, ExpectedVersion expected, WithdrawalInput input, Caller caller) {
        return moveTo(id, expected, AdoptionStatus.WITHDRAWN, input.reason(), caller);
    }

    private AdoptionState moveTo(String id, ExpectedVersion expected, AdoptionStatus target, String reason, Caller caller) {
        AdoptionRecord record = findForWrite(id, expected, caller);
        if (!record.status.mayBecome(target)) {
            throw new Conflict("a record that is " + record.status.wireName() + " cannot become " + target.wireName()
                    + "; allowed: " + record.status.next().stream().map(AdoptionStatus::wireName).toList());
        }
        OffsetDateTime now = now();
        appendHistory(record, record.status, target, reason.strip(), now, caller);
        record.status = target;
        record.changed(caller.name(), now);
        return flushAndPublish(record, caller);
    }

    private void appendHistory(AdoptionRecord record, AdoptionStatus from, AdoptionStatus to, String reason, OffsetDateTime at,
                               Caller caller) {
        StatusChange change = new StatusChange();
        change.recordId = record.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedAt = at;
        change.changedBy = caller.name();
        change.reason = reason;
        em.persist(change);
        record.history.add(change);
    }

    private AdoptionState flushAndPublish(AdoptionRecord record, Caller caller) {
        em.flush();
        AdoptionState state = views.stateOf(record);
        events.changed(state, caller);
        return state;
    }

    private AdoptionRecord findForWrite(String id, ExpectedVersion expected, Caller caller) {
        AdoptionRecord record = find(id);
        AdoptionPlan plan = AdoptionPlan.findById(record.planId);
        caller.requireMayWrite(plan.province);
        expected.check(record.version());
        return record;
    }

    private List<CatalogueMeasure> checkMeasures(List<String> ids, boolean rejectRetired) {
        List<DomainError.Violation> errors = new ArrayList<>();
        List<CatalogueMeasure> measures = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            CatalogueMeasure measure = CatalogueMeasure.findById(id);
            if (!seen.add(id)) {
                errors.add(new DomainError.Violation("measureIds[" + i + "]", "'" + id + "' is listed twice"));
            } else if (measure == null) {
                errors.add(new DomainError.Violation("measureIds[" + i + "]", "measure '" + id + "' is not in the national catalogue"));
            } else if (rejectRetired && measure.retired()) {
                errors.add(new DomainError.Violation("measureIds[" + i + "]", "measure '" + id + "' was retired from the catalogue"));
            } else {
                measures.add(measure);
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors.stream().map(e -> e.field() + ": " + e.rule()).collect(Collectors.joining("; ")), errors);
        }
        return measures;
    }

    private static void copy(AdoptionInput input, List<CatalogueMeasure> measures, AdoptionRecord record) {
        List<MeasureLink> links = measures.stream().map(m -> new MeasureLink(m.id, null)).toList();
        if (!record.measureIds().equals(input.measureIds())) {
            record.measures.clear();
            record.measures.addAll(links);
        }
        record.name = input.name() != null && !input.name().isBlank() ? input.name().strip()
                : measures.stream().map(m -> m.name).collect(Collectors.joining("及"));
        record.adoptedPart = input.adoptedPart() == null || input.adoptedPart().isBlank() ? null : input.adoptedPart().strip();
        record.scope = record.adoptedPart == null ? AdoptionRecord.Scope.WHOLE : AdoptionRecord.Scope.PART;
        record.actions = input.actions().strip();
        List<String> units = input.responsibleUnits().stream().map(String::strip).toList();
        if (!record.responsibleUnits.equals(units)) {
            record.responsibleUnits.clear();
            record.responsibleUnits.addAll(units);
        }
        List<String> sources = measures.stream().flatMap(m -> m.sourceProvinceCodes().stream()).distinct().sorted().toList();
        if (!record.sourceProvinces.equals(sources)) {
            record.sourceProvinces.clear();
            record.sourceProvinces.addAll(sources);
        }
        List<Milestone> milestones = input.milestones() == null ? List.of() : input.milestones().stream()
                .map(m -> new Milestone(m.dueOn(), m.description().strip(), m.done())).toList();
        if (!record.milestones.equals(milestones)) {
            record.milestones.clear();
            record.milestones.addAll(milestones);
        }
    }

    private PlanView planView(AdoptionPlan plan) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : em.createQuery("select r.status, count(r) from AdoptionRecord r where r.planId = :plan group by r.status",
                Object[].class).setParameter("plan", plan.id).getResultList()) {
            counts.put(((AdoptionStatus) row[0]).wireName(), (Long) row[1]);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new PlanView(plan.id, AdoptionViews.province(plan.province.strip()), plan.issuingBody, plan.documentNumber,
                plan.issuedOn, plan.title, plan.sourceFile, total, counts);
    }

    private AdoptionPlan findPlan(String id) {
        AdoptionPlan plan = AdoptionPlan.findById(id);
        if (plan == null) {
            throw new NotFound("plan", id);
        }
        return plan;
    }

    private AdoptionRecord find(String id) {
        return AdoptionRecord.<AdoptionRecord>findByIdOptional(id).orElseThrow(() -> new NotFound("adoption record", id));
    }

    private static StringBuilder where(AdoptionFilter filter, Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder("from AdoptionRecord r where 1 = 1");
        filter.province().ifPresent(p -> {
            jpql.append(" and r.planId in (select p.id from AdoptionPlan p where p.province = :province)");
            params.put("province", p);
        });
        filter.measure().ifPresent(m -> {
            jpql.append(" and exists (select 1 from AdoptionRecord x join x.measures l where x.id = r.id and l.measureId = :measure)");
            params.put("measure", m);
        });
        filter.category().ifPresent(c -> {
            jpql.append(" and exists (select 1 from AdoptionRecord x join x.measures l, CatalogueMeasure c "
                    + "where x.id = r.id and c.id = l.measureId and c.categoryId = :category)");
            params.put("category", c);
        });
        filter.status().ifPresent(s -> {
            jpql.append(" and r.status = :status");
            params.put("status", s);
        });
        filter.text().ifPresent(q -> {
            jpql.append(" and (lower(r.name) like :q escape '\\' or lower(r.actions) like :q escape '\\')");
            params.put("q", QueryParams.containsPattern(q));
        });
        return jpql;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
