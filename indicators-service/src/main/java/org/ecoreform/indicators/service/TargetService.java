package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.Target;
import org.ecoreform.indicators.domain.TargetComparator;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.DomainError;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.persistence.VersionedRecord;
import org.ecoreform.platform.reference.Provinces;

/** Targets written by indicator editors, announced through the outbox; reads are {@link TargetQueries}. */
@ApplicationScoped
public class TargetService {

    private final EntityManager em;
    private final TargetViews views;
    private final StatePublisher<TargetState> events;
    private final Clock clock;

    public TargetService(EntityManager em, TargetViews views, StatePublisher<TargetState> events, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.views = views;
        this.events = events;
    }

    /** {province}-{indicator}-{year}, with -2, -3 … when a province sets several targets alike. */
    static String nextId(String province, String indicator, int year) {
        String base = province + "-" + indicator + "-" + year;
        String id = base;
        for (int n = 2; Target.findById(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    @Transactional
    public TargetState create(Inputs.TargetInput input, Caller caller) {
        TargetComparator comparator = check(input);
        Target target = new Target();
        target.id = nextId(input.province(), input.indicator(), input.year());
        target.province = input.province();
        target.indicatorId = input.indicator();
        target.created(caller.name(), Timestamps.now(clock));
        target.provenanceDocument = input.document() == null || input.document().isBlank()
                ? VersionedRecord.API_PROVENANCE
                : input.document().strip();
        copy(input, comparator, target);
        target.persist();
        return flushAndPublish(target, caller);
    }

    @Transactional
    public TargetState update(String id, ExpectedVersion expected, Inputs.TargetInput input, Caller caller) {
        Target target = find(id);
        expected.check(target.version());
        if (!target.province.strip().equals(input.province()) || !target.indicatorId.equals(input.indicator())) {
            throw new RuleViolation(
                    "province", "a target cannot move to another province or indicator; create a new one");
        }
        TargetComparator comparator = check(input);
        copy(input, comparator, target);
        target.changed(caller.name(), Timestamps.now(clock));
        return flushAndPublish(target, caller);
    }

    /** Re-announces the targets an observation change affects (their latest value and attainment changed). */
    void observationChanged(String province, String indicator, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        List<Target> affected = Target.list("province = ?1 and indicatorId = ?2", province, indicator);
        affected.forEach(t -> t.observedAt = now);
        em.flush();
        views.statesOf(affected).forEach(state -> events.changed(state, caller));
    }

    void indicatorChanged(String indicator, Caller caller) {
        List<Target> affected = Target.list("indicatorId", indicator);
        OffsetDateTime now = Timestamps.now(clock);
        affected.forEach(t -> t.observedAt = now);
        em.flush();
        views.statesOf(affected).forEach(state -> events.changed(state, caller));
    }

    private TargetState flushAndPublish(Target target, Caller caller) {
        em.flush();
        TargetState state = views.statesOf(List.of(target)).get(0);
        events.changed(state, caller);
        return views.detailOf(target);
    }

    private TargetComparator check(Inputs.TargetInput input) {
        List<DomainError.Violation> errors = new ArrayList<>();
        if (Provinces.all().byCode(input.province()).isEmpty()) {
            errors.add(new DomainError.Violation("province", "'" + input.province() + "' is not a GB/T 2260 province"));
        }
        if (Indicator.findById(input.indicator()) == null) {
            errors.add(new DomainError.Violation("indicator", "indicator '" + input.indicator() + "' does not exist"));
        }
        TargetComparator comparator =
                TargetComparator.fromSymbol(input.comparator()).orElse(null);
        if (comparator == null) {
            throw new InvalidValue("comparator", "must be one of ≥, ≤, =, eliminate, increase, decrease, qualitative");
        }
        if (comparator.numeric() && input.value() == null) {
            errors.add(new DomainError.Violation("value", "is required for " + comparator.symbol()));
        }
        boolean relative = (comparator == TargetComparator.INCREASE || comparator == TargetComparator.DECREASE)
                && input.value() != null;
        if (input.baselineValue() != null && input.baselineYear() == null) {
            errors.add(new DomainError.Violation("baselineYear", "a baseline value needs its year"));
        } else if (relative && input.baselineYear() == null) {
            errors.add(new DomainError.Violation(
                    "baselineYear",
                    "an " + comparator.symbol() + " by " + input.value().toPlainString()
                            + " % needs the base year it is measured from"));
        } else if (input.baselineYear() != null && input.baselineYear() >= input.year()) {
            errors.add(new DomainError.Violation("baselineYear", "must be before the target year"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(
                    errors.stream()
                            .map(e -> e.field() + ": " + e.rule())
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""),
                    errors);
        }
        return comparator;
    }

    private static void copy(Inputs.TargetInput input, TargetComparator comparator, Target target) {
        Indicator indicator = Indicator.findById(input.indicator());
        target.comparator = comparator;
        boolean relative = (comparator == TargetComparator.INCREASE || comparator == TargetComparator.DECREASE)
                && input.value() != null;
        target.value = comparator == TargetComparator.ELIMINATE
                ? java.math.BigDecimal.ZERO
                : comparator.numeric() || relative ? input.value() : null;
        // a change by an amount is in % of the base-year value
        target.unit = relative
                ? "%"
                : comparator.numeric() || comparator == TargetComparator.ELIMINATE ? indicator.unit : null;
        target.targetYear = input.year();
        target.baselineValue = input.baselineValue();
        target.baselineYear = input.baselineYear();
        target.sentence = input.sentence() == null ? null : input.sentence().strip();
    }

    static Target find(String id) {
        return Target.<Target>findByIdOptional(id).orElseThrow(() -> new NotFound("target", id));
    }
}
