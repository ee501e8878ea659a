package org.ecoreform.indicators.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoreform.indicators.domain.PlanTask;
import org.ecoreform.indicators.importer.PlanTaskSheet;
import org.ecoreform.indicators.importer.PlanTaskSheet.Column;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.errors.DomainError;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.errors.NotPermitted;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.errors.VersionMismatch;
import org.ecoreform.platform.idempotency.IdempotentCreate;
import org.ecoreform.platform.tables.HeadedSheet.Filled;
import org.ecoreform.platform.tables.UnreadableTableException;

/**
 * The plan tasks' sheet of a year-end workbook taken back: each row checked exactly as
 * {@code POST /plan-tasks/{id}/completion} would check it (the completion made and rolled back),
 * then, on a commit, every accepted row stored in one transaction. A row repeating the task's own
 * completion is unchanged, so the same file committed twice stores nothing the second time.
 */
@ApplicationScoped
public class PlanTaskImportService {

    private final PlanTaskService tasks;
    private final Validator validator;
    private final IdempotentCreate idempotent;
    private final ObjectMapper json;

    public PlanTaskImportService(
            PlanTaskService tasks, Validator validator, IdempotentCreate idempotent, ObjectMapper json) {
        this.tasks = tasks;
        this.validator = validator;
        this.idempotent = idempotent;
        this.json = json;
    }

    /** Row by row, what a commit would do; nothing stored. */
    public PlanTaskImportReport preview(byte[] upload, Caller caller) {
        List<Checked> rows = check(rows(upload), caller);
        List<PlanTaskImportReport.RowOutcome> outcomes =
                rows.stream().map(Checked::outcome).toList();
        return new PlanTaskImportReport(false, summary(outcomes, 0), outcomes);
    }

    /** Stores every accepted row in one transaction; a retry with the same key and file answers the first report. */
    @Transactional
    public IdempotentCreate.Created commit(byte[] upload, String idempotencyKey, Caller caller) {
        if (idempotencyKey == null) {
            throw new RuleViolation(
                    "Idempotency-Key", "is required to commit: a retry of the same file must not store it twice");
        }
        return idempotent.execute(idempotencyKey, caller.name(), Map.of("planTaskWorkbook", upload), () -> {
            List<Checked> rows = QuarkusTransaction.suspendingExisting().call(() -> check(rows(upload), caller));
            List<PlanTaskImportReport.RowOutcome> outcomes = new ArrayList<>();
            int stored = 0;
            for (Checked row : rows) {
                if (row.input() == null) {
                    outcomes.add(row.outcome());
                    continue;
                }
                PlanTaskState state = tasks.reportDone(row.outcome().task(), row.expected(), row.input(), caller);
                outcomes.add(
                        PlanTaskImportReport.RowOutcome.accepted(row.outcome().line(), state.id(), state.version()));
                stored++;
            }
            PlanTaskImportReport report = new PlanTaskImportReport(true, summary(outcomes, stored), outcomes);
            return IdempotentCreate.Created.of("/api/v1/plan-task-imports", write(report));
        });
    }

    private static List<Filled<Column>> rows(byte[] upload) {
        try {
            return PlanTaskSheet.read(upload);
        } catch (UnreadableTableException e) {
            throw new RuleViolation("file", e.getMessage());
        }
    }

    /** Ends a dry run's transaction once the completion is made, so it rolls back. */
    private static final class DryRun extends RuntimeException {
        DryRun() {
            super("dry run", null, false, false);
        }
    }

    /** A row and, when accepted, the completion it makes. */
    private record Checked(
            PlanTaskImportReport.RowOutcome outcome, Inputs.CompletionInput input, ExpectedVersion expected) {}

    private List<Checked> check(List<Filled<Column>> filled, Caller caller) {
        List<Checked> checked = new ArrayList<>(filled.size());
        Map<String, Integer> reporting = new HashMap<>();
        for (Filled<Column> row : filled) {
            Checked outcome = check(row, caller);
            if (outcome.input() != null) {
                Integer earlier = reporting.putIfAbsent(outcome.outcome().task(), row.line());
                if (earlier != null) {
                    outcome = refused(
                            row,
                            Column.TASK,
                            "row " + earlier + " already reports this task; one row per task per file");
                }
            }
            checked.add(outcome);
        }
        return checked;
    }

    private Checked check(Filled<Column> row, Caller caller) {
        String id = row.get(Column.TASK);
        if (id.isEmpty()) {
            return refused(row, Column.TASK, "names no plan task");
        }
        if (PlanTaskSheet.reportsNothing(row)) {
            return unchanged(row, id, "no completion written in this row");
        }
        PlanTask task = PlanTask.findById(id);
        if (task == null) {
            return refused(row, Column.TASK, "no plan task " + id);
        }
        LocalDate on;
        try {
            on = row.get(Column.DONE_ON).isEmpty() ? null : LocalDate.parse(row.get(Column.DONE_ON));
        } catch (DateTimeParseException e) {
            return refused(row, Column.DONE_ON, "must be a day written yyyy-mm-dd");
        }
        Inputs.CompletionInput input = new Inputs.CompletionInput(
                on,
                row.get(Column.NARRATIVE),
                blankToNull(row.get(Column.DOCUMENT_NUMBER)),
                blankToNull(row.get(Column.URL)));
        if (on != null && on.equals(task.doneOn) && input.narrative().equals(task.doneNarrative)) {
            return unchanged(row, id, "already the task's completion");
        }
        Set<ConstraintViolation<Inputs.CompletionInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            ConstraintViolation<Inputs.CompletionInput> first =
                    violations.iterator().next();
            return refused(row, columnOf(first.getPropertyPath().toString()), first.getMessage());
        }
        ExpectedVersion expected;
        try {
            String version = row.get(Column.VERSION);
            expected = version.isEmpty() ? ExpectedVersion.ANY : ExpectedVersion.of(Long.parseLong(version));
        } catch (NumberFormatException e) {
            return refused(row, Column.VERSION, "must be the task's version as the workbook gave it");
        }
        try {
            // the completion exactly as the API makes it, rolled back: what a commit will do, nothing stored
            QuarkusTransaction.requiringNew().run(() -> {
                tasks.reportDone(id, expected, input, caller);
                throw new DryRun();
            });
        } catch (DryRun made) {
            return new Checked(PlanTaskImportReport.RowOutcome.accepted(row.line(), id, null), input, expected);
        } catch (DomainError e) {
            return refused(row, columnOf(e), e.getMessage());
        }
        return new Checked(PlanTaskImportReport.RowOutcome.accepted(row.line(), id, null), input, expected);
    }

    private static Column columnOf(DomainError error) {
        if (error instanceof VersionMismatch) {
            return Column.VERSION;
        }
        if (error instanceof NotPermitted || error instanceof NotFound) {
            return Column.TASK;
        }
        return columnOf(
                error.violations().isEmpty() ? "" : error.violations().get(0).field());
    }

    private static Column columnOf(String field) {
        return switch (field) {
            case "narrative" -> Column.NARRATIVE;
            case "documentNumber" -> Column.DOCUMENT_NUMBER;
            case "url" -> Column.URL;
            default -> Column.DONE_ON;
        };
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static Checked unchanged(Filled<Column> row, String id, String reason) {
        return new Checked(PlanTaskImportReport.RowOutcome.unchanged(row.line(), id, reason), null, null);
    }

    private static Checked refused(Filled<Column> row, Column column, String reason) {
        String id = row.get(Column.TASK);
        return new Checked(
                PlanTaskImportReport.RowOutcome.refused(row.line(), id.isEmpty() ? null : id, column.header(), reason),
                null,
                null);
    }

    private static PlanTaskImportReport.Summary summary(List<PlanTaskImportReport.RowOutcome> outcomes, int stored) {
        return new PlanTaskImportReport.Summary(
                outcomes.size(),
                count(outcomes, "accepted"),
                count(outcomes, "unchanged"),
                count(outcomes, "refused"),
                stored);
    }

    private static int count(List<PlanTaskImportReport.RowOutcome> outcomes, String verdict) {
        return (int) outcomes.stream().filter(o -> o.verdict().equals(verdict)).count();
    }

    private String write(PlanTaskImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written", e);
        }
    }
}
