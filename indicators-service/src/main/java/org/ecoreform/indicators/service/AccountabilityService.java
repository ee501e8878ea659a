package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecoreform.indicators.domain.Accountability;
import org.ecoreform.indicators.domain.Institution;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.indicators.importer.AccountabilityReader;
import org.ecoreform.indicators.importer.ExtractedPlan;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.validation.TextRules;

/**
 * The accountability tracker: per province and institution of F2015-S8, seeded from what a plan
 * states (planned, or piloting where it names pilot places) and moved on with evidence by the
 * province; every change is an entry of its history.
 */
@ApplicationScoped
public class AccountabilityService {

    private final EntityManager em;
    private final StatePublisher<AccountabilityState> events;
    private final Clock clock;

    public AccountabilityService(EntityManager em, StatePublisher<AccountabilityState> events, Clock clock) {
        this.em = em;
        this.events = events;
        this.clock = clock;
    }

    /** Records what the plan states of each institution its province does not have on record yet (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seed(
            ExtractedPlan plan, SourceDocument document, String provenanceDocument, Caller caller, OffsetDateTime now) {
        List<Accountability> seeded = new ArrayList<>();
        for (AccountabilityReader.Finding finding : plan.accountability()) {
            String id = plan.province() + "-" + finding.institution().id();
            if (Accountability.findById(id) != null) {
                continue;
            }
            Accountability record = new Accountability();
            record.id = id;
            record.province = plan.province();
            record.institution = finding.institution().id();
            record.status = finding.pilotPlaces().isEmpty() ? "planned" : "piloting";
            record.dueYear = finding.year();
            record.pilotPlaces.addAll(finding.pilotPlaces());
            record.created(caller.name(), now);
            record.provenanceDocument = provenanceDocument;
            record.provenanceFile = plan.sourceFile();
            record.provenanceLine = finding.line();
            Accountability.Entry entry =
                    entry(record, record.status, document.issuedOn, finding.sentence(), caller, now);
            entry.documentTitle = plan.title();
            entry.documentNumber = document.documentNumber;
            entry.issuedOn = document.issuedOn;
            record.history.add(entry);
            record.persist();
            em.persist(entry);
            seeded.add(record);
        }
        em.flush();
        seeded.forEach(record -> events.changed(AccountabilityState.of(record), caller));
    }

    /**
     * A province records where it stands with an institution, on a document: a record it does not
     * have yet is created ({@code province-institution}).
     */
    @Transactional
    public AccountabilityState report(
            String province,
            String institutionId,
            ExpectedVersion expected,
            Inputs.AccountabilityInput input,
            Caller caller) {
        Institution institution =
                Institution.of(institutionId).orElseThrow(() -> new NotFound("institution", institutionId));
        caller.requireMayWrite(province);
        LocalDate today = LocalDate.now(clock.withZone(Timestamps.REFORM_TIME_ZONE));
        if (input.effectiveOn().isAfter(today)) {
            throw new RuleViolation("effectiveOn", "is after today (" + today + ")");
        }
        OffsetDateTime now = Timestamps.now(clock);
        String id = province + "-" + institution.id();
        Accountability record = Accountability.findById(id);
        if (record == null) {
            expected.check(0);
            record = new Accountability();
            record.id = id;
            record.province = province;
            record.institution = institution.id();
            record.created(caller.name(), now);
            record.provenanceDocument = input.documentNumber() == null ? "api" : input.documentNumber();
        } else {
            expected.check(record.version());
            record.changed(caller.name(), now);
        }
        record.status = input.status();
        if (input.pilotPlaces() != null) {
            record.pilotPlaces.clear();
            record.pilotPlaces.addAll(
                    input.pilotPlaces().stream().map(String::strip).toList());
        }
        Accountability.Entry entry = entry(
                record, input.status(), input.effectiveOn(), input.narrative().strip(), caller, now);
        entry.documentNumber = TextRules.strippedOrNull(input.documentNumber());
        entry.documentTitle = TextRules.strippedOrNull(input.documentTitle());
        entry.issuedOn = input.issuedOn();
        entry.url = TextRules.strippedOrNull(input.url());
        record.history.add(entry);
        if (!em.contains(record)) {
            record.persist();
        }
        em.persist(entry);
        em.flush();
        AccountabilityState state = AccountabilityState.of(record);
        events.changed(state, caller);
        return state;
    }

    private static Accountability.Entry entry(
            Accountability record,
            String status,
            LocalDate effectiveOn,
            String narrative,
            Caller caller,
            OffsetDateTime now) {
        Accountability.Entry entry = new Accountability.Entry();
        entry.accountabilityId = record.id;
        entry.status = status;
        entry.effectiveOn = effectiveOn;
        entry.narrative = narrative;
        entry.recordedBy = caller.name();
        entry.recordedAt = now;
        return entry;
    }

    static Accountability find(String id) {
        return Accountability.<Accountability>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("accountability record", id));
    }
}
