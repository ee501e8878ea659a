package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.indicators.domain.Target;
import org.ecoreform.indicators.event.TargetEvents;
import org.ecoreform.indicators.importer.ExtractedPlan;
import org.ecoreform.indicators.importer.IndicatorCodelist;
import org.ecoreform.indicators.importer.PlanTargetExtractor;
import org.ecoreform.platform.change.Caller;
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
    private final TargetViews views;
    private final TargetEvents events;
    private final PlanTaskService planTasks;
    private final AccountabilityService accountability;
    private final IdempotentCreate idempotentCreate;
    private final PublishedValueLoader publishedValues;

    public TargetImportService(
            EntityManager em,
            TargetViews views,
            TargetEvents events,
            PlanTaskService planTasks,
            AccountabilityService accountability,
            IdempotentCreate idempotentCreate,
            PublishedValueLoader publishedValues) {
        this.em = em;
        this.views = views;
        this.events = events;
        this.planTasks = planTasks;
        this.accountability = accountability;
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
        Optional<SourceDocument> earlier = earlierCopy(plan, documentNumber);
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
        plan.unread()
                .forEach(u -> notes.add(
                        "line " + u.line() + ": '" + u.clause() + "' is not read as a target: " + u.reason()));
        if (commit) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            SourceDocument document = newDocument(plan, now);
            document.documentNumber = documentNumber;
            document.issuedOn = input.issuedOn();
            document.importedBy = caller.name();
            String provenance = documentNumber == null ? plan.title() : plan.title() + "（" + documentNumber + "）";
            stored = storePlan(plan, document, provenance, caller, now);
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

    /** An earlier, original copy of the plan: same document number, or the same plan by title or figures. */
    public Optional<SourceDocument> earlierCopy(ExtractedPlan plan, String documentNumber) {
        return SourceDocument.<SourceDocument>list("province = ?1 and duplicateOf is null order by id", plan.province())
                .stream()
                .filter(d -> documentNumber != null && documentNumber.equals(d.documentNumber)
                        || plan.sameDocumentAs(fingerprint(d)))
                .findFirst();
    }

    static SourceDocument newDocument(ExtractedPlan plan, OffsetDateTime now) {
        SourceDocument document = new SourceDocument();
        document.file = plan.sourceFile();
        document.province = plan.province();
        document.title = plan.title();
        document.figures = plan.targetFigures().stream()
                .map(BigDecimal::toPlainString)
                .sorted()
                .collect(Collectors.joining(","));
        document.importedAt = now;
        return document;
    }

    /**
     * Stores the document and the plan's targets (creating the indicators it proposes) and announces
     * each target; the targets come back in the plan's order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Target> storePlan(
            ExtractedPlan plan, SourceDocument document, String provenanceDocument, Caller caller, OffsetDateTime now) {
        List<Target> stored = new ArrayList<>();
        for (ExtractedPlan.Target t : plan.targets()) {
            if (t.proposedIndicator() != null && Indicator.findById(t.indicatorId()) == null) {
                newIndicator(t.proposedIndicator(), provenanceDocument, plan.sourceFile(), t.line(), caller, now)
                        .persist();
                em.flush();
            }
            stored.add(storeTarget(plan, t, provenanceDocument, caller, now));
        }
        document.targetCount = stored.size();
        document.persist();
        em.flush();
        views.statesOf(stored).forEach(state -> events.changed(state, caller));
        planTasks.store(plan, document, provenanceDocument, caller, now);
        accountability.seed(plan, document, provenanceDocument, caller, now);
        return stored;
    }

    /** An indicator of the codelist, of a published value or proposed by a plan, with where it came from. */
    static Indicator newIndicator(
            IndicatorCodelist.Definition d,
            String document,
            String file,
            Integer line,
            Caller caller,
            OffsetDateTime now) {
        Indicator indicator = new Indicator();
        indicator.id = d.id();
        indicator.nameZh = d.nameZh();
        indicator.nameEn = d.nameEn();
        indicator.unit = d.unit().isEmpty() ? null : d.unit();
        indicator.direction = d.direction();
        indicator.theme = d.theme();
        indicator.created(caller.name(), now);
        indicator.provenanceDocument = document;
        indicator.provenanceFile = file;
        indicator.provenanceLine = line;
        return indicator;
    }

    private Target storeTarget(
            ExtractedPlan plan, ExtractedPlan.Target t, String provenanceDocument, Caller caller, OffsetDateTime now) {
        Target target = new Target();
        target.id = TargetService.nextId(plan.province(), t.indicatorId(), t.year());
        target.province = plan.province();
        target.indicatorId = t.indicatorId();
        target.comparator = t.comparator();
        target.value = t.value();
        target.unit = t.unit();
        target.targetYear = t.year();
        target.baselineValue = t.baselineValue();
        target.baselineYear = t.baselineYear();
        target.section = t.section();
        target.sentence = t.sentence();
        target.created(caller.name(), now);
        target.provenanceDocument = provenanceDocument;
        target.provenanceFile = plan.sourceFile();
        target.provenanceLine = t.line();
        target.persist();
        em.flush(); // the next id depends on this one
        return target;
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

    static ExtractedPlan fingerprint(SourceDocument document) {
        Set<BigDecimal> figures = document.figures.isEmpty()
                ? Set.of()
                : Arrays.stream(document.figures.split(","))
                        .map(BigDecimal::new)
                        .collect(Collectors.toSet());
        return new ExtractedPlan(
                document.province.strip(),
                document.title,
                document.file,
                figures,
                List.of(),
                List.of(),
                new org.ecoreform.indicators.importer.PlanTaskReader.Reading(List.of(), List.of()),
                List.of());
    }
}
