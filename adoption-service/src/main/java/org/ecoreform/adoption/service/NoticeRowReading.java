package org.ecoreform.adoption.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.domain.Milestone;
import org.ecoreform.adoption.importer.ActionStatements;
import org.ecoreform.adoption.importer.MeasureMatcher;
import org.ecoreform.adoption.importer.ParsedNotice;
import org.ecoreform.platform.reference.Provinces;

/**
 * The rows of one notice import, read one by one: each row's match, its starting status and
 * milestones, the record stored for it when the import commits, and the tally of the report. Every
 * row ends in the report, the unread ones with the parser's reason.
 */
final class NoticeRowReading {

    private final ImportService.Submission submission;
    private final String planId;
    private final MeasureMatcher matcher;
    /** Null for a dry run: nothing is stored. */
    private final RecordWrites writes;

    private final OffsetDateTime now;
    private final List<ImportReport.RowOutcome> outcomes = new ArrayList<>();
    private final Set<Integer> seenRows = new HashSet<>();
    private final List<AdoptionRecord> stored = new ArrayList<>();
    private int matched;
    private int uncertain;
    private int rejected;
    private int beyondPlanned;
    private int milestones;

    NoticeRowReading(
            ImportService.Submission submission,
            String planId,
            MeasureMatcher matcher,
            RecordWrites writes,
            OffsetDateTime now) {
        this.submission = submission;
        this.planId = planId;
        this.matcher = matcher;
        this.writes = writes;
        this.now = now;
    }

    void read(ParsedNotice.Row row) {
        Set<String> sources = new LinkedHashSet<>();
        List<String> unknownSources = new ArrayList<>();
        row.sourceProvinceNames()
                .forEach(name -> Provinces.all()
                        .byName(name)
                        .ifPresentOrElse(p -> sources.add(p.code()), () -> unknownSources.add(name)));
        if (!seenRows.add(row.number())) {
            rejected++;
            outcomes.add(ImportReport.RowOutcome.rejected(
                    row.number(), row.line(), row.name(), "row number " + row.number() + " appears twice"));
            return;
        }
        MeasureMatcher.Match match = matcher.match(row.name(), sources);
        String reason = unknownSources.isEmpty()
                ? match.reason()
                : match.reason() + "; unknown source provinces " + unknownSources;
        ActionStatements.Reading reading =
                ActionStatements.read(row.actions(), submission.plan().issuedOn(), row.name());
        List<Milestone> rowMilestones = NoticeRecords.milestones(row, reading);
        String recordId = switch (match.verdict()) {
            case MATCHED -> matched(row, match, sources, reading, rowMilestones);
            case UNCERTAIN -> {
                uncertain++;
                yield null;
            }
            case REJECTED -> {
                rejected++;
                yield null;
            }
        };
        outcomes.add(new ImportReport.RowOutcome(
                row.number(),
                row.line(),
                row.name(),
                match.verdict().name().toLowerCase(),
                scored(match.links()),
                match.adoptedPart(),
                scored(match.candidates()),
                reason,
                recordId,
                ImportReport.Progress.of(reading, rowMilestones),
                UnitReadings.unknown(row.responsibleUnits())));
    }

    /** A line the parser could not read as a row: in the report with its reason. */
    void unread(ParsedNotice.RejectedRow row) {
        rejected++;
        outcomes.add(ImportReport.RowOutcome.rejected(null, row.line(), row.text(), row.reason()));
    }

    /** The record stored for a matched row (its id), or null on a dry run. */
    private String matched(
            ParsedNotice.Row row,
            MeasureMatcher.Match match,
            Set<String> sources,
            ActionStatements.Reading reading,
            List<Milestone> rowMilestones) {
        matched++;
        beyondPlanned += reading.start() == ActionStatements.Start.PLANNED ? 0 : 1;
        milestones += rowMilestones.size();
        if (writes == null) {
            return null;
        }
        String actor = submission.caller().name();
        AdoptionRecord record = NoticeRecords.record(
                planId,
                submission.plan(),
                row,
                match,
                new ArrayList<>(sources),
                rowMilestones,
                submission.sourceFile(),
                actor,
                now);
        writes.create(record, NoticeRecords.firstEntry(record, submission.plan(), reading, actor, now));
        stored.add(record);
        return record.id;
    }

    List<AdoptionRecord> stored() {
        return stored;
    }

    List<ImportReport.RowOutcome> outcomes() {
        return outcomes;
    }

    ImportReport.Summary summary() {
        return new ImportReport.Summary(
                outcomes.size(), matched, uncertain, rejected, stored.size(), beyondPlanned, milestones);
    }

    private static List<ImportReport.ScoredMeasure> scored(List<MeasureMatcher.Candidate> candidates) {
        return candidates.isEmpty()
                ? null
                : candidates.stream()
                        .map(c -> new ImportReport.ScoredMeasure(c.measureId(), c.measureName(), c.score()))
                        .toList();
    }
}
