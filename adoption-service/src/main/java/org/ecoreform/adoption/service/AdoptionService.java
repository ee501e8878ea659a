package org.ecoreform.adoption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecoreform.adoption.config.AdoptionConfig;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.adoption.domain.MeasureLink;
import org.ecoreform.adoption.domain.Milestone;
import org.ecoreform.adoption.domain.ProgressEntry;
import org.ecoreform.platform.catalogue.CatalogueMeasure;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.DomainError;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.idempotency.IdempotentCreate;
import org.ecoreform.platform.validation.TextRules;

/**
 * Creates and edits adoption records: writes scoped to the editor's province, checked against the
 * catalogue replica, guarded by If-Match and the record version, and announced through the outbox
 * in the same transaction. Status changes are {@link ProgressService}'s.
 */
@ApplicationScoped
public class AdoptionService {

    private final EntityManager em;
    private final RecordWrites writes;
    private final IdempotentCreate idempotentCreate;
    private final AdoptionConfig config;
    private final Clock clock;

    public AdoptionService(
            EntityManager em,
            RecordWrites writes,
            IdempotentCreate idempotentCreate,
            AdoptionConfig config,
            Clock clock) {
        this.clock = clock;
        this.em = em;
        this.writes = writes;
        this.idempotentCreate = idempotentCreate;
        this.config = config;
    }

    static String recordId(String planId, int rowNumber) {
        return String.format("%s-%02d", planId, rowNumber);
    }

    @Transactional
    public IdempotentCreate.Created create(
            AdoptionInput input, String idempotencyKey, Caller caller, Function<AdoptionState, String> body) {
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
            Integer max = em.createQuery(
                            "select max(r.rowNumber) from AdoptionRecord r where r.planId = :plan", Integer.class)
                    .setParameter("plan", plan.id)
                    .getSingleResult();
            OffsetDateTime now = Timestamps.now(clock);
            AdoptionRecord record = new AdoptionRecord();
            record.planId = plan.id;
            record.rowNumber = max == null ? 1 : max + 1;
            record.id = recordId(plan.id, record.rowNumber);
            record.created(caller.name(), now);
            // a record added to a plan comes from the plan's document, as the plan's own rows do
            record.provenanceDocument = plan.documentNumber;
            record.provenanceFile = plan.sourceFile;
            copy(input, measures, record);
            writes.create(
                    record,
                    ProgressEntry.of(
                            record.id,
                            AdoptionStatus.PLANNED,
                            LocalDate.now(clock.withZone(config.timeZone())),
                            "created",
                            List.of(),
                            null,
                            caller.name(),
                            now));
            AdoptionState state = writes.publish(record, caller);
            return IdempotentCreate.Created.of("/api/v1/adoptions/" + record.id, body.apply(state));
        });
    }

    @Transactional
    public AdoptionState update(String id, ExpectedVersion expected, AdoptionInput input, Caller caller) {
        AdoptionRecord record = writes.forWrite(id, expected, caller);
        if (input.planId() != null && !input.planId().equals(record.planId)) {
            throw new RuleViolation("planId", "a record cannot move to another plan");
        }
        if (record.status == AdoptionStatus.WITHDRAWN) {
            throw new Conflict("record " + id + " is withdrawn and can no longer be edited");
        }
        List<CatalogueMeasure> measures = checkMeasures(input.measureIds(), false);
        copy(input, measures, record);
        record.changed(caller.name(), Timestamps.now(clock));
        return writes.publish(record, caller);
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
                errors.add(new DomainError.Violation(
                        "measureIds[" + i + "]", "measure '" + id + "' is not in the national catalogue"));
            } else if (rejectRetired && measure.retired()) {
                errors.add(new DomainError.Violation(
                        "measureIds[" + i + "]", "measure '" + id + "' was retired from the catalogue"));
            } else {
                measures.add(measure);
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(
                    errors.stream().map(e -> e.field() + ": " + e.rule()).collect(Collectors.joining("; ")), errors);
        }
        return measures;
    }

    private static void copy(AdoptionInput input, List<CatalogueMeasure> measures, AdoptionRecord record) {
        List<MeasureLink> links =
                measures.stream().map(m -> new MeasureLink(m.id, null)).toList();
        if (!record.measureIds().equals(input.measureIds())) {
            record.measures.clear();
            record.measures.addAll(links);
        }
        record.name = input.name() != null && !input.name().isBlank()
                ? input.name().strip()
                : measures.stream().map(m -> m.name).collect(Collectors.joining("及"));
        record.adoptedPart = TextRules.strippedOrNull(input.adoptedPart());
        record.scope = record.adoptedPart == null ? AdoptionRecord.Scope.WHOLE : AdoptionRecord.Scope.PART;
        record.actions = input.actions().strip();
        List<String> units =
                input.responsibleUnits().stream().map(String::strip).toList();
        if (!UnitReadings.same(record.responsibleUnits, units)) {
            record.responsibleUnits.clear();
            record.responsibleUnits.addAll(UnitReadings.stored(units));
        }
        List<String> sources = measures.stream()
                .flatMap(m -> m.sourceProvinceCodes().stream())
                .distinct()
                .sorted()
                .toList();
        if (!record.sourceProvinces.equals(sources)) {
            record.sourceProvinces.clear();
            record.sourceProvinces.addAll(sources);
        }
        List<Milestone> milestones = input.milestones() == null
                ? List.of()
                : input.milestones().stream()
                        .map(m -> Milestone.of(m.dueOn(), m.description().strip(), m.done()))
                        .toList();
        if (!record.milestones.equals(milestones)) {
            record.milestones.clear();
            record.milestones.addAll(milestones);
        }
    }
}
