package org.ecoreform.measures.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.ecoreform.measures.domain.Category;
import org.ecoreform.measures.domain.Department;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.measures.domain.MeasureList;
import org.ecoreform.measures.domain.MeasureStatus;
import org.ecoreform.measures.domain.Province;
import org.ecoreform.measures.importer.MeasureIds;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.DomainError;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.idempotency.IdempotentCreate;
import org.ecoreform.platform.json.JsonMergePatch;
import org.ecoreform.platform.persistence.VersionedRecord;

/**
 * The rules of the catalogue's writes: checked against the codelists, guarded by
 * If-Match and the entity version, and announced through the outbox in the same transaction.
 */
@ApplicationScoped
public class MeasureService {

    private final EntityManager em;
    private final CatalogueLabels labels;
    private final StatePublisher<MeasureState> events;
    private final IdempotentCreate idempotentCreate;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final MeasurePlacement placement;
    private final Clock clock;

    public MeasureService(
            EntityManager em,
            CatalogueLabels labels,
            StatePublisher<MeasureState> events,
            IdempotentCreate idempotentCreate,
            ObjectMapper mapper,
            Validator validator,
            MeasurePlacement placement,
            Clock clock) {
        this.clock = clock;
        this.em = em;
        this.labels = labels;
        this.events = events;
        this.idempotentCreate = idempotentCreate;
        this.mapper = mapper;
        this.validator = validator;
        this.placement = placement;
    }

    /**
     * Adds a measure; {@code body} renders the answer (the REST edge decides it), which is stored with
     * the idempotency key so that a retry gets the same answer.
     */
    @Transactional
    public IdempotentCreate.Created create(
            MeasureInput input, String idempotencyKey, Caller caller, Function<MeasureState, String> body) {
        return idempotentCreate.execute(idempotencyKey, caller.name(), input, () -> {
            String listCode = input.listCode() != null ? input.listCode() : latestListCode();
            // the list's row is locked until commit: creates in the same list, on this replica or
            // another, take their numbers one after the other instead of racing for the same one
            if (MeasureList.findById(listCode, LockModeType.PESSIMISTIC_WRITE) == null) {
                throw new RuleViolation("listCode", "list '" + listCode + "' does not exist");
            }
            checkReferences(input);
            OffsetDateTime now = Timestamps.now(clock);
            Measure measure = new Measure();
            measure.listCode = listCode;
            measure.number = nextNumber(listCode);
            measure.id = MeasureIds.of(listCode, measure.number);
            measure.created(caller.name(), now);
            measure.provenanceDocument = VersionedRecord.API_PROVENANCE;
            copy(input, measure);
            MeasurePlacement.Placed placed = placement.place(measure, now); // before persisting: its first state has it
            measure.persist();
            placement.keepCandidates(measure.id, placed.best());
            em.flush();
            MeasureState state = labels.stateOf(measure);
            events.changed(state, caller);
            return IdempotentCreate.Created.of("/api/v1/measures/" + measure.id, body.apply(state));
        });
    }

    @Transactional
    public MeasureState replace(String id, ExpectedVersion expected, MeasureInput input, Caller caller) {
        Measure measure = findForUpdate(id, expected);
        return apply(measure, input, caller);
    }

    /** RFC 7386 merge patch over the editable fields ({@link MeasureInput}). */
    @Transactional
    public MeasureState patch(String id, ExpectedVersion expected, JsonNode patch, Caller caller)
            throws JsonProcessingException {
        Measure measure = findForUpdate(id, expected);
        JsonNode merged = JsonMergePatch.apply(mapper.valueToTree(inputOf(measure)), patch);
        MeasureInput input = mapper.treeToValue(merged, MeasureInput.class);
        Set<ConstraintViolation<MeasureInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return apply(measure, input, caller);
    }

    @Transactional
    public MeasureState retire(String id, ExpectedVersion expected, RetirementInput input, Caller caller) {
        Measure measure = findForUpdate(id, expected);
        if (measure.status == MeasureStatus.RETIRED) {
            throw new Conflict("measure " + id + " was already retired on " + measure.retiredAt);
        }
        OffsetDateTime now = Timestamps.now(clock);
        measure.status = MeasureStatus.RETIRED;
        measure.retiredAt = now;
        measure.retirementReason = input.reason().strip();
        measure.changed(caller.name(), now);
        return flushAndPublish(measure, caller);
    }

    private MeasureState apply(Measure measure, MeasureInput input, Caller caller) {
        if (input.listCode() != null && !input.listCode().equals(measure.listCode)) {
            throw new RuleViolation("listCode", "a measure cannot move to another list");
        }
        if (measure.status == MeasureStatus.RETIRED) {
            throw new Conflict("measure " + measure.id + " is retired and can no longer be edited");
        }
        checkReferences(input);
        if (inputOf(measure).equals(normalised(input, measure.listCode))) {
            return labels.stateOf(measure); // nothing changes: no new version, no event
        }
        copy(input, measure);
        OffsetDateTime now = Timestamps.now(clock);
        measure.changed(caller.name(), now);
        // a new name or text may place it elsewhere
        placement.keepCandidates(measure.id, placement.place(measure, now).best());
        return flushAndPublish(measure, caller);
    }

    private MeasureState flushAndPublish(Measure measure, Caller caller) {
        em.flush(); // bumps the version, or fails with OptimisticLockException if another writer won
        MeasureState state = labels.stateOf(measure);
        events.changed(state, caller);
        return state;
    }

    private Measure findForUpdate(String id, ExpectedVersion expected) {
        Measure measure = MeasureQueries.find(id);
        expected.check(measure.version());
        return measure;
    }

    private void checkReferences(MeasureInput input) {
        List<DomainError.Violation> errors = new ArrayList<>();
        if (Category.findById(input.categoryId()) == null) {
            errors.add(new DomainError.Violation("categoryId", "category '" + input.categoryId() + "' does not exist"));
        }
        checkCodes("sourceProvinces", input.sourceProvinces(), code -> Province.findById(code) != null, errors);
        checkCodes("departments", input.departments(), id -> Department.findById(id) != null, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolation(
                    errors.stream()
                            .map(e -> e.field() + ": " + e.rule())
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""),
                    errors);
        }
    }

    private static void checkCodes(
            String field,
            List<String> codes,
            java.util.function.Predicate<String> exists,
            List<DomainError.Violation> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!seen.add(code)) {
                errors.add(new DomainError.Violation(field + "[" + i + "]", "'" + code + "' is listed twice"));
            } else if (!exists.test(code)) {
                errors.add(new DomainError.Violation(field + "[" + i + "]", "'" + code + "' does not exist"));
            }
        }
    }

    private static void copy(MeasureInput input, Measure measure) {
        MeasureInput clean = normalised(input, measure.listCode);
        measure.categoryId = clean.categoryId();
        measure.name = clean.name();
        measure.content = clean.content();
        // Only touch a collection that really changes: rewriting it would bump the version.
        if (!measure.sourceProvinces.equals(clean.sourceProvinces())) {
            measure.sourceProvinces.clear();
            measure.sourceProvinces.addAll(clean.sourceProvinces());
        }
        if (!measure.departments.equals(clean.departments())) {
            measure.departments.clear();
            measure.departments.addAll(clean.departments());
        }
    }

    /** Text trimmed, source provinces in canonical (code) order, as the importer stores them. */
    private static MeasureInput normalised(MeasureInput input, String listCode) {
        return new MeasureInput(
                listCode,
                input.categoryId(),
                input.name().strip(),
                input.content().strip(),
                input.sourceProvinces().stream().sorted().toList(),
                List.copyOf(input.departments()));
    }

    private static MeasureInput inputOf(Measure measure) {
        return new MeasureInput(
                measure.listCode,
                measure.categoryId,
                measure.name,
                measure.content,
                List.copyOf(measure.sourceProvinces),
                List.copyOf(measure.departments));
    }

    private String latestListCode() {
        return MeasureList.<MeasureList>find("order by issuedOn desc, code desc")
                .firstResultOptional()
                .map(l -> l.code)
                .orElseThrow(() -> new RuleViolation("listCode", "no list exists yet"));
    }

    private int nextNumber(String listCode) {
        Integer max = em.createQuery("select max(m.number) from Measure m where m.listCode = :list", Integer.class)
                .setParameter("list", listCode)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
