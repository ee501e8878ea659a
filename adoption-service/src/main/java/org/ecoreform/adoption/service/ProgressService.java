package org.ecoreform.adoption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ecoreform.adoption.config.AdoptionConfig;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.adoption.domain.Evidence;
import org.ecoreform.adoption.domain.ProgressEntry;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.validation.TextRules;

/**
 * What provinces report they did: progress reports with an effective day and evidence, status
 * transitions and withdrawals (reports effective today). Every one is a new entry of the record's
 * history; the record's status is that of the latest entry in effect.
 */
@ApplicationScoped
public class ProgressService {

    private static final String STATUSES = "must be one of planned, in-progress, implemented, suspended, withdrawn";

    private final RecordWrites writes;
    private final AdoptionConfig config;
    private final Clock clock;

    public ProgressService(RecordWrites writes, AdoptionConfig config, Clock clock) {
        this.clock = clock;
        this.writes = writes;
        this.config = config;
    }

    @Transactional
    public AdoptionState report(String id, ExpectedVersion expected, ProgressInput input, Caller caller) {
        AdoptionStatus status =
                AdoptionStatus.fromWire(input.status()).orElseThrow(() -> new InvalidValue("status", STATUSES));
        LocalDate today = LocalDate.now(clock.withZone(config.timeZone()));
        if (input.effectiveOn().isAfter(today)) {
            throw new RuleViolation("effectiveOn", "is after today (" + today + "): report what has taken effect");
        }
        for (int i = 0; i < input.evidence().size(); i++) {
            LocalDate issued = input.evidence().get(i).issuedOn();
            if (issued != null && issued.isAfter(today)) {
                throw new RuleViolation("evidence[" + i + "].issuedOn", "is after today (" + today + ")");
            }
        }
        AdoptionRecord record = writes.forWrite(id, expected, caller);
        List<Evidence> evidence =
                input.evidence().stream().map(ProgressService::evidence).toList();
        writes.append(
                record,
                ProgressEntry.of(
                        record.id,
                        status,
                        input.effectiveOn(),
                        input.narrative().strip(),
                        evidence,
                        input.corrects(),
                        caller.name(),
                        Timestamps.now(clock)));
        record.changed(caller.name(), Timestamps.now(clock));
        return writes.publish(record, caller);
    }

    /** A move to another status, effective today. */
    @Transactional
    public AdoptionState transition(String id, ExpectedVersion expected, TransitionInput input, Caller caller) {
        AdoptionStatus target =
                AdoptionStatus.fromWire(input.status()).orElseThrow(() -> new InvalidValue("status", STATUSES));
        return moveTo(id, expected, target, input.narrative(), caller);
    }

    @Transactional
    public AdoptionState withdraw(String id, ExpectedVersion expected, WithdrawalInput input, Caller caller) {
        return moveTo(id, expected, AdoptionStatus.WITHDRAWN, input.narrative(), caller);
    }

    private AdoptionState moveTo(
            String id, ExpectedVersion expected, AdoptionStatus target, String reason, Caller caller) {
        AdoptionRecord record = writes.forWrite(id, expected, caller);
        if (!record.status.mayBecome(target)) {
            throw new Conflict("a record that is " + record.status.wireName() + " cannot become " + target.wireName()
                    + "; allowed: "
                    + record.status.next().stream()
                            .map(AdoptionStatus::wireName)
                            .toList());
        }
        LocalDate today = LocalDate.now(clock.withZone(config.timeZone()));
        writes.append(
                record,
                ProgressEntry.of(
                        record.id,
                        target,
                        today,
                        reason.strip(),
                        List.of(),
                        null,
                        caller.name(),
                        Timestamps.now(clock)));
        record.changed(caller.name(), Timestamps.now(clock));
        return writes.publish(record, caller);
    }

    private static Evidence evidence(ProgressInput.EvidenceInput e) {
        return new Evidence(
                TextRules.strippedOrNull(e.documentNumber()),
                e.title().strip(),
                e.issuedOn(),
                TextRules.strippedOrNull(e.url()),
                TextRules.strippedOrNull(e.excerpt()),
                e.figures() == null
                        ? List.of()
                        : e.figures().stream()
                                .map(f -> new Evidence.Figure(
                                        f.value(), f.unit().strip(), f.what().strip()))
                                .toList());
    }
}
