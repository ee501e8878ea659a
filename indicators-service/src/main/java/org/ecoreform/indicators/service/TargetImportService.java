package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.indicators.domain.Target;
import org.ecoreform.indicators.importer.ExtractedPlan;
import org.ecoreform.indicators.importer.IndicatorCodelist;
import org.ecoreform.indicators.importer.PlanTargetExtractor;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.idempotency.IdempotentCreate;
import org.ecoreform.platform.persistence.AdvisoryLocks;
import org.ecoreform.platform.reference.Provinces;

/**
 * Loads a plan's targets: a plan submitted through the API (dry run or commit) and the shipped
 * plans at start-up are read by the same extractor and stored by the same code. A plan is stored
 * once: another submission of it (same document number, same title, or nearly the same target
 * figures) is refused on commit and flagged in a dry run.
 */
@ApplicationScoped
public class TargetImportService {

    static final long IMPORT_LOCK_KEY = 0x696e_6469_6361_746fL;
    static final String MATCHED = "matched";
    static final String PROPOSED = "proposed";

    private final EntityManager em;
    private final PlanStore store;
    private final IdempotentCreate idempotentCreate;
    private final PublishedValueLoader publishedValues;
    private final Clock clock;

    public TargetImportService(
            EntityManager em,
            PlanStore store,
            IdempotentCreate idempotentCreate,
            PublishedValueLoader publishedValues,
            Clock clock) {
        this.clock = clock;
        this.em = em;
        this.store = store;
        this.idempotentCreate = idempotentCreate;
        this.publishedValues = publishedValues;
    }

    /**
     * A commit, at most once per Idempotency-Key and caller: a retry with the same key and body gets
     * the first answer again instead of a 409; the same key with another body is a 422.
     */
    @Transactional
    public IdempotentCreate.Created commit(
            Inputs.TargetImportInput input,
            String idempotencyKey,
            Caller caller,
            java.util.function.Function<TargetImportReport, String> body) {
        return idempotentCreate.execute(idempotencyKey, caller.name(), input, () -> {
            TargetImportReport report = importPlan(input, true, caller);
            return IdempotentCreate.Created.of("/api/v1/targets?province=" + report.province(), body.apply(report));
        });
    }

    @Transactional
    public TargetImportReport importPlan(Inputs.TargetImportInput input, boolean commit, Caller caller) {
        if (Provinces.all().byCode(input.province()).isEmpty()) {
            throw new RuleViolation("province", "'" + input.province() + "' is not a GB/T 2260 province");
        }
        String documentNumber =
                input.documentNumber() == null || input.documentNumber().isBlank()
                        ? null
                        : input.documentNumber().strip();
        ExtractedPlan plan = PlanTargetExtractor.extractPlan(
                input.text(), input.province(), input.title().strip(), null, IndicatorCodelist.load());
        List<String> notes = new ArrayList<>();
        if (commit) {
            AdvisoryLocks.lockForTransaction(em, IMPORT_LOCK_KEY);
        }
        Optional<SourceDocument> earlier = store.earlierCopy(plan, documentNumber);
        earlier.ifPresent(d -> {
            String what = "this plan was imported before as source document " + d.id + " (" + d.title
                    + (d.documentNumber == null ? "" : ", " + d.documentNumber) + ")";
            if (commit) {
                throw new Conflict(what + "; nothing stored");
            }
            notes.add(what + ": a commit would be refused");
        });
        if (plan.targets().isEmpty()) {
            if (commit) {
                throw new RuleViolation(
                        "text",
                        "no target sentence was found (a target names an indicator with a figure, "
                                + "a change against a base year, an elimination or a direction, in a sentence "
                                + "dated 到YYYY年); nothing stored");
            }
            notes.add("no target sentence was found");
        }
        // decided before a commit creates the proposed indicators
        List<Boolean> proposals = plan.targets().stream()
                .map(t -> t.proposedIndicator() != null && Indicator.findById(t.indicatorId()) == null)
                .toList();
        Long documentId = null;
        List<Target> stored = List.of();
        plan.tasks()
                .unread()
                .forEach(u -> notes.add(
                        "line " + u.line() + ": '" + u.text() + "' is not read as a task's year: " + u.reason()));
        plan.tasks()
                .undated()
                .forEach(u -> notes.add(
                        "line " + u.line() + ": '" + u.text() + "' is " + u.reason() + "; not stored as a plan task"));
        plan.unread()
                .forEach(u -> notes.add(
                        "line " + u.line() + ": '" + u.clause() + "' is not read as a target: " + u.reason()));
        if (commit) {
            OffsetDateTime now = Timestamps.now(clock);
            SourceDocument document = PlanStore.newDocument(plan, now);
            document.documentNumber = documentNumber;
            document.issuedOn = input.issuedOn();
            document.importedBy = caller.name();
            String provenance = documentNumber == null ? plan.title() : plan.title() + "（" + documentNumber + "）";
            stored = store.storePlan(plan, document, provenance, caller, now);
            documentId = document.id;
            // published values loaded before this plan follow its targets
            publishedValues
                    .followTargets(plan.province(), caller, now)
                    .forEach(move -> notes.add("published value " + move));
        }
        List<TargetImportReport.FoundTarget> found = new ArrayList<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            found.add(foundTarget(plan.targets().get(i), proposals.get(i), stored.isEmpty() ? null : stored.get(i).id));
        }
        int proposed =
                (int) found.stream().filter(t -> PROPOSED.equals(t.match())).count();
        if (proposed > 0) {
            notes.add(proposed + " target(s) name an indicator no known one matched: "
                    + (commit ? "created as proposed, to be reviewed" : "a commit creates the proposed indicators"));
        }
        List<TargetImportReport.FoundTask> tasks = plan.tasks().tasks().stream()
                .map(t -> new TargetImportReport.FoundTask(t.text(), t.dueYear(), t.yearly(), t.section(), t.line()))
                .toList();
        return new TargetImportReport(
                plan.province(),
                plan.title(),
                documentNumber,
                input.issuedOn(),
                commit,
                documentId,
                found.size(),
                proposed,
                found,
                tasks.size(),
                tasks,
                notes);
    }

    /** {@code proposed}: no known indicator matched (a proposal an earlier import created is known now). */
    private static TargetImportReport.FoundTarget foundTarget(
            ExtractedPlan.Target t, boolean proposed, String targetId) {
        IndicatorCodelist.Definition p = t.proposedIndicator();
        return new TargetImportReport.FoundTarget(
                targetId,
                t.wording(),
                t.indicatorId(),
                proposed ? PROPOSED : MATCHED,
                proposed
                        ? new TargetImportReport.ProposedIndicator(
                                p.id(), p.nameZh(), p.unit().isEmpty() ? null : p.unit(), p.direction())
                        : null,
                t.comparator().symbol(),
                t.value(),
                t.unit(),
                t.year(),
                t.baselineValue(),
                t.baselineYear(),
                t.section(),
                t.sentence(),
                t.line());
    }
}
