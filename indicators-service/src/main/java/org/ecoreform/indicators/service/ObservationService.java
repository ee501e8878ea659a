package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.Observation;
import org.ecoreform.indicators.domain.ObservationRevision;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.persistence.VersionedRecord;
import org.ecoreform.platform.reference.Provinces;

/**
 * Observations reported by provinces. A correction adds a revision and keeps the earlier value, so
 * {@code asOf} can answer what was known on a given day ({@link ObservationQueries}). Every change
 * re-announces the targets of the same province and indicator.
 */
@ApplicationScoped
public class ObservationService {

    private final EntityManager em;
    private final TargetService targets;
    private final Clock clock;

    public ObservationService(EntityManager em, TargetService targets, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.targets = targets;
    }

    @Transactional
    public ObservationView report(Inputs.ObservationInput input, Caller caller) {
        caller.requireMayWrite(input.province());
        if (Provinces.all().byCode(input.province()).isEmpty()) {
            throw new RuleViolation("province", "'" + input.province() + "' is not a GB/T 2260 province");
        }
        if (Indicator.findById(input.indicator()) == null) {
            throw new RuleViolation("indicator", "indicator '" + input.indicator() + "' does not exist");
        }
        String id = id(input.province(), input.indicator(), input.period());
        if (Observation.findById(id) != null) {
            throw new Conflict("observation " + id + " exists; correct it with PUT /api/v1/observations/" + id);
        }
        OffsetDateTime now = Timestamps.now(clock);
        Observation observation = newObservation(input.province(), input.indicator(), input.period(), caller, now);
        observation.provenanceDocument = VersionedRecord.API_PROVENANCE;
        observation.persist();
        addRevision(observation, input.value(), input.status(), input.source(), caller, now, null);
        return published(observation, caller);
    }

    @Transactional
    public ObservationView correct(String id, ExpectedVersion expected, Inputs.CorrectionInput input, Caller caller) {
        Observation observation = find(id);
        caller.requireMayWrite(observation.province.strip());
        expected.check(observation.version());
        if (observation.movedTo != null) {
            throw new org.ecoreform.platform.errors.Conflict(
                    "observation " + id + " moved to " + observation.movedTo + "; correct that one");
        }
        OffsetDateTime now = Timestamps.now(clock);
        addRevision(observation, input.value(), input.status(), input.source(), caller, now, null);
        observation.changed(caller.name(), now);
        return published(observation, caller);
    }

    private ObservationView published(Observation observation, Caller caller) {
        em.flush();
        targets.observationChanged(observation.province.strip(), observation.indicatorId, caller);
        return ObservationQueries.view(observation, Optional.empty(), true).orElseThrow();
    }

    /** Observations (like targets) are named province-indicator-period. */
    static String id(String province, String indicator, int period) {
        return province + "-" + indicator + "-" + period;
    }

    /** A new observation, not yet persisted: the caller sets its provenance first. */
    static Observation newObservation(
            String province, String indicator, int period, Caller caller, OffsetDateTime now) {
        Observation observation = new Observation();
        observation.id = id(province, indicator, period);
        observation.province = province;
        observation.indicatorId = indicator;
        observation.period = period;
        observation.created(caller.name(), now);
        return observation;
    }

    /** The observation's next value; {@code publication} is null for values reported through the API. */
    void addRevision(
            Observation observation,
            java.math.BigDecimal value,
            String status,
            String source,
            Caller caller,
            OffsetDateTime at,
            ObservationView.Publication publication) {
        ObservationRevision revision = new ObservationRevision();
        revision.observationId = observation.id;
        revision.revision = observation.revisions.size() + 1;
        revision.value = value;
        revision.status = status;
        revision.source = source.strip();
        revision.reportedBy = caller.name();
        revision.recordedAt = at;
        if (publication != null) {
            revision.publisher = publication.publisher();
            revision.publishedOn = publication.publishedOn();
            revision.publishedWording = publication.wording();
        }
        em.persist(revision);
        observation.revisions.add(revision);
    }

    static Observation find(String id) {
        return Observation.<Observation>findByIdOptional(id).orElseThrow(() -> new NotFound("observation", id));
    }
}
