package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.Observation;
import org.ecoreform.indicators.domain.ObservationRevision;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.dataset.DatasetFacts;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.persistence.StoredDatasetFacts;
import org.ecoreform.platform.persistence.VersionedRecord;
import org.ecoreform.platform.reference.Provinces;

/**
 * Observations reported by provinces. A correction adds a revision and keeps the earlier value, so
 * {@code asOf} can answer what was known on a given day. Every change re-announces the targets of
 * the same province and indicator.
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

    /** The filters of {@code GET /observations}: AND across filters, any of several values within one. */
    public record Filter(
            Set<String> provinces, Set<String> indicators, Optional<Integer> period, Optional<OffsetDateTime> asOf) {

        public static Filter of(Collection<String> province, Collection<String> indicator, String period, String asOf) {
            return new Filter(
                    QueryParams.alternatives(
                            "province", province, Inputs.PROVINCE, "must be a six-digit GB/T 2260 code"),
                    QueryParams.alternatives("indicator", indicator, Inputs.INDICATOR, "must be an indicator id"),
                    QueryParams.optional("period", period, "^[12][0-9]{3}$", "must be a year such as 2019")
                            .map(Integer::parseInt),
                    QueryParams.optional(asOf).map(ObservationService::asOfEndOfDay));
        }
    }

    /** {@code asOf=2021-03-01}: what was known at the end of that day (UTC). */
    public static OffsetDateTime asOfEndOfDay(String date) {
        try {
            return LocalDate.parse(date)
                    .plusDays(1)
                    .atStartOfDay()
                    .atOffset(ZoneOffset.UTC)
                    .minusNanos(1);
        } catch (DateTimeParseException e) {
            throw new InvalidValue("asOf", "must be a date such as 2021-03-01");
        }
    }

    /** Targets and observations are both named province-indicator-year. */
    public static final java.util.regex.Pattern ID_SHAPE =
            java.util.regex.Pattern.compile("^[1-9][0-9]{5}-[a-z0-9-]{1,80}-[0-9]{4}$");

    /** One page of {@link #search(Filter)}, in id order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ObservationView> search(Filter filter, PageRequest page) {
        java.util.Optional<String> after = page.afterKeyMatching(ID_SHAPE);
        List<ObservationView> rows = search(filter).stream()
                .sorted(java.util.Comparator.comparing(ObservationView::id))
                .filter(o -> after.map(key -> o.id().compareTo(key) > 0).orElse(true))
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(rows, page.limit(), ObservationView::id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObservationView> search(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        // a value that moved is read by its id; lists show where it went
        StringBuilder jpql = new StringBuilder("from Observation o where o.movedTo is null");
        if (!filter.provinces().isEmpty()) {
            jpql.append(" and o.province in :provinces");
            params.put("provinces", filter.provinces());
        }
        if (!filter.indicators().isEmpty()) {
            jpql.append(" and o.indicatorId in :indicators");
            params.put("indicators", filter.indicators());
        }
        filter.period().ifPresent(p -> {
            jpql.append(" and o.period = :period");
            params.put("period", p);
        });
        jpql.append(" order by o.province, o.indicatorId, o.period");
        return Observation.<Observation>find(jpql.toString(), params).list().stream()
                .map(o -> view(o, filter.asOf(), false))
                .flatMap(Optional::stream)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObservationView get(String id, Optional<OffsetDateTime> asOf) {
        return view(find(id), asOf, true)
                .orElseThrow(() -> new NotFound(
                        "observation known at " + asOf.map(Object::toString).orElse("now"), id));
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
        return view(observation, Optional.empty(), true).orElseThrow();
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

    private static Optional<ObservationView> view(Observation o, Optional<OffsetDateTime> asOf, boolean withHistory) {
        Optional<ObservationRevision> known = asOf.isPresent() ? o.asOf(asOf.get()) : Optional.of(o.current());
        return known.map(r -> new ObservationView(
                o.id,
                TargetViews.province(o.province),
                o.indicatorId,
                o.period,
                TargetViews.plain(r.value),
                r.status,
                r.source,
                r.reportedBy,
                r.recordedAt,
                r.revision,
                asOf.isPresent() ? null : o.version(),
                r.publisher == null
                        ? null
                        : new ObservationView.Publication(r.publisher, r.publishedOn, r.publishedWording),
                withHistory
                        ? o.revisions.stream()
                                .filter(h -> h.revision <= r.revision)
                                .map(h -> new ObservationView.Revision(
                                        h.revision,
                                        TargetViews.plain(h.value),
                                        h.status,
                                        h.source,
                                        h.reportedBy,
                                        h.recordedAt))
                                .toList()
                        : null,
                o.movedTo,
                o.movedFrom));
    }

    private static Observation find(String id) {
        return Observation.<Observation>findByIdOptional(id).orElseThrow(() -> new NotFound("observation", id));
    }

    /** The row count and last change of the {@code observations} download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetFacts datasetFacts() {
        return StoredDatasetFacts.of(Observation.class, "e.movedTo is null");
    }
}
