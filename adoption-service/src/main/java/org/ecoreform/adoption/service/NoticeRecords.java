package org.ecoreform.adoption.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.adoption.domain.Evidence;
import org.ecoreform.adoption.domain.MeasureLink;
import org.ecoreform.adoption.domain.Milestone;
import org.ecoreform.adoption.domain.ProgressEntry;
import org.ecoreform.adoption.importer.ActionStatements;
import org.ecoreform.adoption.importer.CountedFigures;
import org.ecoreform.adoption.importer.MeasureMatcher;
import org.ecoreform.adoption.importer.ParsedNotice;

/**
 * A matched row of a notice as the record it becomes: its links, units and milestones (the
 * 完成时限 column's dates, and the dated or counted commitments of its actions), and its first
 * progress entry, effective on the notice's date: {@code planned}, or beyond it with the
 * sentences that state work done as evidence (see {@link ActionStatements}).
 */
final class NoticeRecords {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("〔(\\d{4})〕\\s*(\\d+)\\s*号");

    private NoticeRecords() {}

    static AdoptionRecord record(
            String planId,
            PlanInput plan,
            ParsedNotice.Row row,
            MeasureMatcher.Match match,
            List<String> sources,
            List<Milestone> milestones,
            String sourceFile,
            String by,
            OffsetDateTime now) {
        AdoptionRecord record = new AdoptionRecord();
        record.id = AdoptionService.recordId(planId, row.number());
        record.planId = planId;
        record.rowNumber = row.number();
        record.name = row.name();
        record.scope = match.adoptedPart() == null ? AdoptionRecord.Scope.WHOLE : AdoptionRecord.Scope.PART;
        record.adoptedPart = match.adoptedPart();
        record.actions = row.actions();
        record.section = row.section();
        match.links()
                .forEach(link ->
                        record.measures.add(new MeasureLink(link.measureId(), BigDecimal.valueOf(link.score()))));
        record.responsibleUnits.addAll(UnitReadings.stored(row.responsibleUnits()));
        record.milestones.addAll(milestones);
        record.sourceProvinces.addAll(sources.stream().sorted().toList());
        record.created(by, now);
        record.provenanceDocument = plan.documentNumber();
        record.provenanceFile = sourceFile;
        record.provenanceLine = row.line();
        return record;
    }

    /** The record's first entry: adopted on the notice's date, with what the notice says was already done. */
    static ProgressEntry firstEntry(
            AdoptionRecord record, PlanInput plan, ActionStatements.Reading reading, String by, OffsetDateTime now) {
        if (reading.start() == ActionStatements.Start.PLANNED) {
            return ProgressEntry.of(
                    record.id,
                    AdoptionStatus.PLANNED,
                    plan.issuedOn(),
                    "adopted by " + plan.documentNumber(),
                    List.of(),
                    null,
                    by,
                    now);
        }
        AdoptionStatus status = reading.start() == ActionStatements.Start.IMPLEMENTED
                ? AdoptionStatus.IMPLEMENTED
                : AdoptionStatus.IN_PROGRESS;
        List<Evidence> evidence = reading.done().stream()
                .map(done -> new Evidence(
                        plan.documentNumber(),
                        plan.title(),
                        plan.issuedOn(),
                        null,
                        done.sentence(),
                        done.figures().stream().map(NoticeRecords::figure).toList(),
                        done.actDate()))
                .toList();
        // the notice's own words: what it states was already done
        String narrative = String.join(
                "", reading.done().stream().map(ActionStatements.Done::sentence).toList());
        return ProgressEntry.of(record.id, status, plan.issuedOn(), narrative, evidence, null, by, now);
    }

    static List<Milestone> milestones(ParsedNotice.Row row, ActionStatements.Reading reading) {
        List<Milestone> milestones = new ArrayList<>();
        row.dueDates().forEach(due -> milestones.add(Milestone.of(due, "完成时限：" + row.deadline(), false)));
        reading.commitments()
                .forEach(c -> milestones.add(new Milestone(
                        c.due(),
                        c.what(),
                        false,
                        c.figure() == null ? null : c.figure().value(),
                        c.figure() == null ? null : c.figure().unit(),
                        c.figure() == null ? null : c.figure().what(),
                        c.figure() == null ? null : c.figure().upTo())));
        return milestones;
    }

    private static Evidence.Figure figure(CountedFigures.Figure f) {
        return new Evidence.Figure(f.value(), f.unit(), f.what(), f.upTo());
    }

    /** The plan a notice states, as stored. */
    static AdoptionPlan plan(String planId, PlanInput input, String sourceFile, String by, OffsetDateTime now) {
        AdoptionPlan plan = new AdoptionPlan();
        plan.id = planId;
        plan.province = input.province();
        plan.issuingBody = input.issuingBody();
        plan.documentNumber = input.documentNumber();
        plan.issuedOn = input.issuedOn();
        plan.title = input.title();
        plan.sourceFile = sourceFile;
        plan.createdAt = now;
        plan.createdBy = by;
        plan.version = 1;
        return plan;
    }

    /** 青发改生态〔2021〕106号 of 630000 → 630000-2021-106; otherwise a stable digest of the number. */
    static String planId(PlanInput plan) {
        Matcher m = DOCUMENT_NUMBER.matcher(plan.documentNumber());
        if (m.find()) {
            return plan.province() + "-" + m.group(1) + "-" + m.group(2);
        }
        return plan.province() + "-" + Integer.toHexString(plan.documentNumber().hashCode() & 0x7fffffff);
    }
}
