package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecoreform.indicators.domain.PlanTask;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.indicators.importer.ExtractedPlan;
import org.ecoreform.indicators.importer.PlanTaskReader;
import org.ecoreform.indicators.importer.TaskMeasureLinker;
import org.ecoreform.platform.catalogue.CatalogueMeasure;
import org.ecoreform.platform.catalogue.CatalogueReplicator;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.persistence.AdvisoryLocks;
import org.ecoreform.platform.validation.TextRules;

/**
 * The plan tasks register: tasks stored with their plan, linked to the national measures they
 * became (again whenever the catalogue replica has caught up, keeping editors' decisions), their
 * completions reported, and editors' link decisions.
 */
@ApplicationScoped
public class PlanTaskService {

    private static final Caller LINKER = Caller.system("plan-task-linker");

    private final EntityManager em;
    private final PlanTaskViews views;
    private final StatePublisher<PlanTaskState> events;
    private final CatalogueReplicator replica;
    private final Clock clock;

    public PlanTaskService(
            EntityManager em,
            PlanTaskViews views,
            StatePublisher<PlanTaskState> events,
            CatalogueReplicator replica,
            Clock clock) {
        this.clock = clock;
        this.em = em;
        this.views = views;
        this.events = events;
        this.replica = replica;
    }

    /** Stores a plan's tasks with its document (in the caller's transaction), linked now if the catalogue is known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlanTask> store(
            ExtractedPlan plan, SourceDocument document, String provenanceDocument, Caller caller, OffsetDateTime now) {
        TaskMeasureLinker linker = linker();
        List<PlanTask> stored = new ArrayList<>();
        List<PlanTaskReader.Task> tasks = plan.tasks().tasks();
        for (int i = 0; i < tasks.size(); i++) {
            PlanTaskReader.Task t = tasks.get(i);
            PlanTask task = new PlanTask();
            task.id = String.format("%s-P%d-%02d", plan.province(), document.id, i + 1);
            task.sourceDocumentId = document.id;
            task.province = plan.province();
            task.position = i + 1;
            task.text = t.text();
            task.dueYear = t.dueYear();
            task.periodYears = t.periodYears();
            task.context = t.context();
            task.section = t.section();
            task.topic = t.topic();
            task.responsibleBody = t.responsibleBody();
            task.created(caller.name(), now);
            task.provenanceDocument = provenanceDocument;
            task.provenanceFile = plan.sourceFile();
            task.provenanceLine = t.line();
            if (linker != null) {
                applyLinks(task, linker);
            }
            task.persist();
            stored.add(task);
        }
        em.flush();
        views.statesOf(stored).forEach(state -> events.changed(state, caller));
        return stored;
    }

    /** Applies the linking rule to every task, editors' decisions kept; announces the tasks whose links changed. */
    @Transactional
    public int relinkAll() {
        AdvisoryLocks.lockForTransaction(em, TargetImportService.IMPORT_LOCK_KEY);
        TaskMeasureLinker linker = linker();
        if (linker == null) {
            return 0;
        }
        List<PlanTask> changed = new ArrayList<>();
        OffsetDateTime now = Timestamps.now(clock);
        for (PlanTask task : PlanTask.<PlanTask>listAll()) {
            if (applyLinks(task, linker)) {
                task.changed(LINKER.name(), now);
                changed.add(task);
            }
        }
        em.flush();
        views.statesOf(changed).forEach(state -> events.changed(state, LINKER));
        return changed.size();
    }

    /** An editor links or unlinks measures; the decisions stay through every later linking. */
    @Transactional
    public PlanTaskState decide(String id, ExpectedVersion expected, Inputs.LinkDecisionInput input, Caller caller) {
        PlanTask task = find(id);
        expected.check(task.version());
        List<String> named = java.util.stream.Stream.concat(input.link().stream(), input.unlink().stream())
                .distinct()
                .toList();
        if (named.isEmpty()) {
            // a decision that names no measure would bump the version and announce a change that is none
            throw new InvalidValue("link", "name at least one measure to link or unlink");
        }
        Set<String> known = named.isEmpty()
                ? Set.of()
                : CatalogueMeasure.<CatalogueMeasure>list("id in ?1", named).stream()
                        .map(m -> m.id)
                        .collect(Collectors.toSet());
        List<String> unknown = named.stream().filter(m -> !known.contains(m)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation("link", "not in the national catalogue: " + unknown);
        }
        OffsetDateTime now = Timestamps.now(clock);
        input.link().forEach(m -> decide(task, m, PlanTask.Decision.LINK, caller, now));
        input.unlink().forEach(m -> decide(task, m, PlanTask.Decision.UNLINK, caller, now));
        TaskMeasureLinker linker = linker();
        applyLinks(task, linker == null ? new TaskMeasureLinker(List.of()) : linker);
        task.changed(caller.name(), now);
        return publish(task, caller);
    }

    /** A completion reported by the province (or an admin): on which day, what, on which document. */
    @Transactional
    public PlanTaskState reportDone(String id, ExpectedVersion expected, Inputs.CompletionInput input, Caller caller) {
        PlanTask task = find(id);
        caller.requireMayWrite(task.province.strip());
        expected.check(task.version());
        if (input.on().isAfter(views.today())) {
            throw new RuleViolation("on", "is after today (" + views.today() + "): report what has been done");
        }
        task.doneOn = input.on();
        task.doneNarrative = input.narrative().strip();
        task.doneDocument = TextRules.strippedOrNull(input.documentNumber());
        task.doneUrl = TextRules.strippedOrNull(input.url());
        task.doneBy = caller.name();
        task.doneBasis = PlanTask.REPORTED;
        task.changed(caller.name(), Timestamps.now(clock));
        return publish(task, caller);
    }

    private static void decide(PlanTask task, String measure, String decision, Caller caller, OffsetDateTime now) {
        task.decisions.removeIf(d -> d.measureId().equals(measure));
        task.decisions.add(new PlanTask.Decision(measure, decision, caller.name(), now));
    }

    /**
     * Sets the task's links and candidates by the rule and its decisions, and the national list's
     * evidence of its completion; answers whether anything changed.
     */
    private static boolean applyLinks(PlanTask task, TaskMeasureLinker linker) {
        String context = (task.topic == null ? "" : task.topic + "。") + (task.context == null ? "" : task.context);
        TaskMeasureLinker.Linking linking = linker.link(task.province.strip(), task.text, context);
        Set<String> unlinked = task.decisions.stream()
                .filter(d -> PlanTask.Decision.UNLINK.equals(d.decision()))
                .map(PlanTask.Decision::measureId)
                .collect(Collectors.toSet());
        List<PlanTask.Link> links = new ArrayList<>();
        task.decisions.stream()
                .filter(d -> PlanTask.Decision.LINK.equals(d.decision()))
                .map(PlanTask.Decision::measureId)
                .sorted()
                .forEach(m -> links.add(
                        new PlanTask.Link(m, null, PlanTask.EDITOR, null, linker.provenIn(m, task.province.strip()))));
        linking.links().stream()
                .filter(s -> !unlinked.contains(s.measureId())
                        && links.stream().noneMatch(l -> l.measureId().equals(s.measureId())))
                .forEach(s -> links.add(new PlanTask.Link(
                        s.measureId(),
                        score(s.score()),
                        PlanTask.MATCHED,
                        String.join("、", s.phrases()),
                        s.provenInProvince())));
        List<PlanTask.Candidate> candidates = linking.candidates().stream()
                .filter(s -> !unlinked.contains(s.measureId())
                        && links.stream().noneMatch(l -> l.measureId().equals(s.measureId())))
                .map(s -> new PlanTask.Candidate(
                        s.measureId(), score(s.score()), String.join("、", s.phrases()), s.provenInProvince()))
                .toList();
        boolean changed = !task.linked || !links.equals(task.measures) || !candidates.equals(task.candidates);
        if (changed) {
            task.measures.clear();
            task.measures.addAll(links);
            task.candidates.clear();
            task.candidates.addAll(candidates);
            task.linked = true;
        }
        boolean evidenced = ProvenByTheList.apply(task, linker, LINKER.name());
        return changed || evidenced;
    }

    /** The linker over the active catalogue; null while the replica has not caught up (tasks then wait, unlinked). */
    private TaskMeasureLinker linker() {
        if (!replica.isReady()) {
            return null;
        }
        List<TaskMeasureLinker.Measure> catalogue = CatalogueMeasure.<CatalogueMeasure>listAll().stream()
                .filter(m -> !m.retired())
                .map(m -> new TaskMeasureLinker.Measure(
                        m.id, m.name, m.content, m.sourceProvinceCodes(), m.provenanceDocument, m.provenanceDate))
                .toList();
        return catalogue.isEmpty() ? null : new TaskMeasureLinker(catalogue);
    }

    private PlanTaskState publish(PlanTask task, Caller caller) {
        em.flush();
        PlanTaskState state = views.stateOf(task);
        events.changed(state, caller);
        return state;
    }

    private static PlanTask find(String id) {
        return PlanTask.<PlanTask>findByIdOptional(id).orElseThrow(() -> new NotFound("plan task", id));
    }

    private static BigDecimal score(double score) {
        return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP);
    }
}
