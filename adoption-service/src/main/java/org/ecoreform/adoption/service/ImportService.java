package org.ecoreform.adoption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.ecoreform.adoption.config.AdoptionConfig;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.importer.MeasureMatcher;
import org.ecoreform.adoption.importer.NoticeTableParser;
import org.ecoreform.adoption.importer.ParsedNotice;
import org.ecoreform.platform.catalogue.CatalogueMeasure;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.reference.Provinces;
import org.ecoreform.platform.tables.TableReader;
import org.ecoreform.platform.tables.TableRow;
import org.ecoreform.platform.tables.UnreadableTableException;

/**
 * Imports a province's adoption notice: reads the table (pasted text, CSV or .xlsx, its columns
 * found by their header), links every row to national measures by
 * tolerant matching against the catalogue replica, and reports matched, uncertain and rejected rows.
 * A dry run stores only the report; a commit also stores the plan and its matched rows, each
 * announced through the outbox. Uncertain and rejected rows are never stored on a guess.
 */
@ApplicationScoped
public class ImportService {

    private final AdoptionConfig config;
    private final EntityManager em;
    private final StatePublisher<AdoptionState> events;
    private final StatePublisher<AdoptionPlan> planEvents;
    private final AdoptionViews views;
    private final RecordWrites writes;
    private final ImportReports reports;
    private final Clock clock;

    public ImportService(
            AdoptionConfig config,
            EntityManager em,
            StatePublisher<AdoptionState> events,
            StatePublisher<AdoptionPlan> planEvents,
            AdoptionViews views,
            RecordWrites writes,
            ImportReports reports,
            Clock clock) {
        this.clock = clock;
        this.config = config;
        this.em = em;
        this.events = events;
        this.planEvents = planEvents;
        this.views = views;
        this.writes = writes;
        this.reports = reports;
    }

    /** A notice pasted as text (the JSON form): tab-separated, columns found by their header. */
    @Transactional
    public ImportReport importNotice(ImportRequest request, boolean commit, Caller caller) {
        caller.requireMayWrite(request.plan().province());
        return importTable(request.plan(), () -> TableReader.text(request.text()), "text", commit, caller);
    }

    /** A notice's table uploaded as a file: an .xlsx workbook (a ZIP archive) or else UTF-8 CSV. */
    @Transactional
    public ImportReport importUpload(PlanInput plan, byte[] file, boolean commit, Caller caller) {
        caller.requireMayWrite(plan.province());
        return importTable(
                plan, () -> TableReader.read(TableReader.Format.ofUpload(file), file), "table", commit, caller);
    }

    /**
     * A notice's table in any form, read once the plan is accepted; {@code field} names where the
     * table came from, for the 422 an unreadable table gets.
     */
    private ImportReport importTable(
            PlanInput plan, Supplier<List<TableRow>> table, String field, boolean commit, Caller caller) {
        if (Provinces.all().byCode(plan.province()).isEmpty()) {
            throw new RuleViolation("plan.province", "'" + plan.province() + "' is not a GB/T 2260 province");
        }
        if (commit && AdoptionPlan.byDocumentNumber(plan.documentNumber()).isPresent()) {
            throw new Conflict("a plan with document number " + plan.documentNumber() + " is already stored");
        }
        ParsedNotice notice;
        try {
            notice = NoticeTableParser.parseTable(table.get());
        } catch (UnreadableTableException e) {
            throw new RuleViolation(field, e.getMessage());
        }
        if (notice.rows().isEmpty() && notice.rejected().isEmpty()) {
            throw new RuleViolation(field, "the table has a header but no rows");
        }
        Submission submission = new Submission(plan, notice, caller, null);
        return commit ? commit(submission) : preview(submission);
    }

    /** A notice read, with who submits it and the file it came from (null for what is submitted through the API). */
    public record Submission(PlanInput plan, ParsedNotice notice, Caller caller, String sourceFile) {}

    private enum Mode {
        /** Read and matched: the report is answered, nothing is stored (the reference loader's check). */
        CHECK,
        /** A dry run: the report is kept (GET /imports/{id}), nothing else is stored. */
        PREVIEW,
        /** The plan and its matched rows stored, with the report. */
        COMMIT
    }

    /** Reads and matches the notice and answers the report; stores nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    ImportReport check(Submission submission) {
        return run(submission, Mode.CHECK);
    }

    /** A dry run: the report, kept for GET /imports/{id}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport preview(Submission submission) {
        return run(submission, Mode.PREVIEW);
    }

    /** Stores the plan and its matched rows (each announced) and the report. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport commit(Submission submission) {
        return run(submission, Mode.COMMIT);
    }

    private ImportReport run(Submission submission, Mode mode) {
        PlanInput plan = submission.plan();
        Caller caller = submission.caller();
        boolean commit = mode == Mode.COMMIT;
        OffsetDateTime now = Timestamps.now(clock);
        String planId = NoticeRecords.planId(plan);
        if (commit) {
            if (AdoptionPlan.findById(planId) != null) {
                throw new Conflict("plan " + planId + " already exists");
            }
            AdoptionPlan stored = NoticeRecords.plan(planId, plan, submission.sourceFile(), caller.name(), now);
            stored.persist();
            planEvents.changed(stored, caller);
        }
        NoticeRowReading rows = new NoticeRowReading(submission, planId, matcher(), commit ? writes : null, now);
        submission.notice().rows().forEach(rows::read);
        if (!rows.stored().isEmpty()) {
            em.flush();
            views.statesOf(rows.stored()).forEach(state -> events.changed(state, caller));
        }
        submission.notice().rejected().forEach(rows::unread);
        ImportReport report = new ImportReport(
                UUID.randomUUID(),
                commit,
                planId,
                plan,
                now,
                caller.name(),
                rows.summary(),
                submission.notice().notes().isEmpty()
                        ? null
                        : submission.notice().notes(),
                rows.outcomes());
        if (mode != Mode.CHECK) {
            reports.keep(report);
        }
        return report;
    }

    /** The national measures a row may name: the replica's, retired ones left out. */
    private MeasureMatcher matcher() {
        return new MeasureMatcher(
                CatalogueMeasure.<CatalogueMeasure>listAll().stream()
                        .filter(m -> !m.retired())
                        .map(m -> new MeasureMatcher.CatalogueMeasure(m.id, m.name, m.sourceProvinceCodes()))
                        .toList(),
                config.matchThreshold(),
                config.uncertainThreshold());
    }
}
