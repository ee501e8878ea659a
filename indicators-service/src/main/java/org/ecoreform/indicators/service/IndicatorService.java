package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.persistence.VersionedRecord;
import org.ecoreform.platform.validation.TextRules;

/** The indicator codelist and the documents targets were read from. */
@ApplicationScoped
public class IndicatorService {

    private final TargetService targets;
    private final Clock clock;

    public IndicatorService(TargetService targets, Clock clock) {
        this.clock = clock;
        this.targets = targets;
    }

    @Transactional
    public IndicatorView create(Inputs.IndicatorInput input, Caller caller) {
        if (input.id() == null) {
            throw new InvalidValue("id", "is required to create an indicator");
        }
        if (Indicator.findById(input.id()) != null) {
            throw new Conflict("indicator " + input.id() + " already exists");
        }
        Indicator indicator = new Indicator();
        indicator.id = input.id();
        indicator.created(caller.name(), Timestamps.now(clock));
        indicator.provenanceDocument = VersionedRecord.API_PROVENANCE;
        copy(input, indicator);
        indicator.persist();
        indicator.flush();
        return TargetViews.indicator(indicator);
    }

    @Transactional
    public IndicatorView update(String id, ExpectedVersion expected, Inputs.IndicatorInput input, Caller caller) {
        Indicator indicator = find(id);
        expected.check(indicator.version());
        if (input.id() != null && !input.id().equals(id)) {
            throw new RuleViolation("id", "an indicator's id cannot change");
        }
        copy(input, indicator);
        indicator.changed(caller.name(), Timestamps.now(clock));
        indicator.flush();
        targets.indicatorChanged(id, caller); // targets carry the indicator's labels
        return TargetViews.indicator(indicator);
    }

    private static void copy(Inputs.IndicatorInput input, Indicator indicator) {
        indicator.nameZh = input.nameZh().strip();
        indicator.nameEn = input.nameEn().strip();
        indicator.unit = TextRules.strippedOrNull(input.unit());
        indicator.direction = input.direction();
        indicator.theme = input.theme();
    }

    static Indicator find(String id) {
        return Indicator.<Indicator>findByIdOptional(id).orElseThrow(() -> new NotFound("indicator", id));
    }
}
