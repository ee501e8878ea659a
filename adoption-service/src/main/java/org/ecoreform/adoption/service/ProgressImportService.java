package org.ecoreform.adoption.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.importer.ProgressSheet;
import org.ecoreform.adoption.importer.ProgressSheet.Column;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.errors.DomainError;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.idempotency.IdempotentCreate;
import org.ecoreform.platform.tables.UnreadableTableException;

/**
 * A province's progress workbook taken back: each row checked exactly as a progress report through
 * the API would be (the report is made and rolled back), then, on a commit, every accepted row
 * stored in one transaction. A row whose report is already the record's latest is unchanged, so
 * the same file committed twice stores nothing the second time.
 */
@ApplicationScoped
public class ProgressImportService {

    private final ProgressService progress;
    private final AdoptionViews views;
    private final Validator validator;
    private final IdempotentCreate idempotent;
    private final ObjectMapper json;

    public ProgressImportService(
            ProgressService progress,
            AdoptionViews views,
            Validator validator,
            IdempotentCreate idempotent,
            ObjectMapper json) {
        this.progress = progress;
        this.views = views;
        this.validator = validator;
        this.idempotent = idempotent;
        this.json = json;
    }

    /** Row by row, what a commit would do; nothing stored. */
    public ProgressImportReport preview(byte[] upload, Caller caller) {
        List<Checked> rows = check(rows(upload), caller);
        return report(false, rows, 0);
    }

    /**
     * Stores every accepted row's report in one transaction; a retry with the same key and file
     * answers the first report again. Answers the report as JSON and whether it is a replay.
     */
    @Transactional
    public IdempotentCreate.Created commit(byte[] upload, String idempotencyKey, Caller caller) {
        if (idempotencyKey == null) {
            throw new RuleViolation(
                    "Idempotency-Key", "is required to commit: a retry of the same file must not store it twice");
        }
        // the request a retry must repeat: the file itself (IdempotentCreate keeps its fingerprint only)
        Map<String, byte[]> request = Map.of("progressWorkbook", upload);
        return idempotent.execute(idempotencyKey, caller.name(), request, () -> {
            List<Checked> rows = QuarkusTransaction.suspendingExisting().call(() -> check(rows(upload), caller));
            List<ProgressImportReport.RowOutcome> outcomes = new ArrayList<>();
            int stored = 0;
            for (Checked row : rows) {
                if (row.input() == null) {
                    outcomes.add(row.outcome());
                    continue;
                }
                AdoptionState state = progress.report(row.outcome().record(), row.expected(), row.input(), caller);
                outcomes.add(
                        ProgressImportReport.RowOutcome.accepted(row.outcome().line(), state.id(), state.version()));
                stored++;
            }
            ProgressImportReport report = new ProgressImportReport(true, summary(outcomes, stored), outcomes);
            return IdempotentCreate.Created.of("/api/v1/progress-imports", write(report));
        });
    }

    private static List<ProgressSheet.Filled> rows(byte[] upload) {
        try {
            return ProgressSheet.read(upload);
        } catch (UnreadableTableException e) {
            throw new RuleViolation("file", e.getMessage());
        }
    }

    /** Ends a dry run's transaction once the report is made, so it rolls back. */
    private static final class DryRun extends RuntimeException {
        DryRun() {
            super("dry run", null, false, false);
        }
    }

    /** A row and, when accepted, the report it makes. */
    private record Checked(ProgressImportReport.RowOutcome outcome, ProgressInput input, ExpectedVersion expected) {}

    private List<Checked> check(List<ProgressSheet.Filled> filled, Caller caller) {
        List<Checked> checked = new ArrayList<>(filled.size());
        Map<String, Integer> reporting = new java.util.HashMap<>();
        for (ProgressSheet.Filled row : filled) {
            Checked outcome = check(row, caller);
            if (outcome.input() != null) {
                // each row is checked against the record as stored: two reports on one record would not both hold
                Integer earlier = reporting.putIfAbsent(outcome.outcome().record(), row.line());
                if (earlier != null) {
                    outcome = refused(
                            row,
                            Column.RECORD,
                            "row " + earlier + " already reports on this record; one report per record per file");
                }
            }
            checked.add(outcome);
        }
        return checked;
    }

    private Checked check(ProgressSheet.Filled row, Caller caller) {
        String id = row.get(Column.RECORD);
        if (id.isEmpty()) {
            return refused(row, Column.RECORD, "names no record");
        }
        if (row.reportsNothing()) {
            return new Checked(
                    ProgressImportReport.RowOutcome.unchanged(row.line(), id, "no report written in this row"),
                    null,
                    null);
        }
        Optional<AdoptionRecord> record = AdoptionRecord.findByIdOptional(id);
        if (record.isEmpty()) {
            return refused(row, Column.RECORD, "no adoption record " + id);
        }
        ProgressInput input;
        try {
            input = ProgressRows.input(row, record.get().status.wireName());
        } catch (ProgressRows.CellError e) {
            return refused(row, e.column(), e.getMessage());
        }
        if (isLatest(record.get(), input)) {
            return new Checked(
                    ProgressImportReport.RowOutcome.unchanged(row.line(), id, "already the record's latest report"),
                    null,
                    null);
        }
        Set<ConstraintViolation<ProgressInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            ConstraintViolation<ProgressInput> first = violations.iterator().next();
            String path = first.getPropertyPath().toString();
            return refused(row, ProgressRows.columnOf(path), first.getMessage());
        }
        String version = row.get(Column.VERSION);
        ExpectedVersion expected;
        try {
            expected = version.isEmpty() ? ExpectedVersion.ANY : ExpectedVersion.of(Long.parseLong(version));
        } catch (NumberFormatException e) {
            return refused(row, Column.VERSION, "must be the record's version as the workbook gave it");
        }
        try {
            // the report exactly as the API makes it, rolled back: what a commit will do, nothing stored
            QuarkusTransaction.requiringNew().run(() -> {
                progress.report(id, expected, input, caller);
                throw new DryRun();
            });
        } catch (DryRun made) {
            return new Checked(ProgressImportReport.RowOutcome.accepted(row.line(), id, null), input, expected);
        } catch (DomainError e) {
            String field =
                    e.violations().isEmpty() ? null : e.violations().get(0).field();
            return refused(row, ProgressRows.columnOf(field, e), e.getMessage());
        }
        return new Checked(ProgressImportReport.RowOutcome.accepted(row.line(), id, null), input, expected);
    }

    /** The row repeats the record's latest entry (status, day and narrative): nothing new. */
    private boolean isLatest(AdoptionRecord record, ProgressInput input) {
        List<AdoptionState.StatusStep> history = views.stateOf(record).history();
        if (history.isEmpty()) {
            return false;
        }
        AdoptionState.StatusStep latest = history.get(history.size() - 1);
        return input.status().equals(latest.to())
                && input.effectiveOn().equals(latest.effectiveOn())
                && input.narrative().strip().equals(latest.reason());
    }

    private static Checked refused(ProgressSheet.Filled row, Column column, String reason) {
        return new Checked(
                ProgressImportReport.RowOutcome.refused(
                        row.line(),
                        row.get(Column.RECORD).isEmpty() ? null : row.get(Column.RECORD),
                        column.header(),
                        reason),
                null,
                null);
    }

    private static ProgressImportReport report(boolean committed, List<Checked> rows, int stored) {
        List<ProgressImportReport.RowOutcome> outcomes =
                rows.stream().map(Checked::outcome).toList();
        return new ProgressImportReport(committed, summary(outcomes, stored), outcomes);
    }

    private static ProgressImportReport.Summary summary(List<ProgressImportReport.RowOutcome> outcomes, int stored) {
        return new ProgressImportReport.Summary(
                outcomes.size(),
                count(outcomes, "accepted"),
                count(outcomes, "unchanged"),
                count(outcomes, "refused"),
                stored);
    }

    private static int count(List<ProgressImportReport.RowOutcome> outcomes, String verdict) {
        return (int) outcomes.stream().filter(o -> o.verdict().equals(verdict)).count();
    }

    private String write(ProgressImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written", e);
        }
    }
}
