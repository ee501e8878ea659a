package org.ecoreform.indicators.service;

import java.util.Objects;
import java.util.Optional;
import org.ecoreform.indicators.domain.PlanTask;
import org.ecoreform.indicators.importer.TaskMeasureLinker;

/**
 * The national list as evidence that a plan task was carried out: when a measure the task became is
 * one the list names as proven in the task's province, the task is done on the list's date, with the
 * list's document number. A completion the province or an administrator reported always stands; the
 * list's evidence goes again when no linked measure carries it any more (an editor unlinked it).
 */
final class ProvenByTheList {

    private ProvenByTheList() {}

    /** Sets or clears the list's evidence on {@code task}; answers whether it changed. */
    static boolean apply(PlanTask task, TaskMeasureLinker linker, String by) {
        if (task.doneOn != null && !PlanTask.NATIONAL_LIST.equals(task.doneBasis)) {
            return false;
        }
        String province = task.province.strip();
        Optional<TaskMeasureLinker.Measure> proof = task.measures.stream()
                .map(link -> linker.measure(link.measureId()))
                .flatMap(Optional::stream)
                .filter(m -> m.sourceProvinces().contains(province) && m.listDate() != null)
                .findFirst();
        if (proof.isEmpty()) {
            boolean had = task.doneOn != null;
            task.doneOn = null;
            task.doneNarrative = null;
            task.doneDocument = null;
            task.doneBy = null;
            task.doneBasis = null;
            return had;
        }
        TaskMeasureLinker.Measure measure = proof.get();
        String narrative = "推广清单列明" + measure.id() + "“" + measure.name() + "”的来源包括本省";
        boolean changed = !Objects.equals(task.doneOn, measure.listDate())
                || !Objects.equals(task.doneNarrative, narrative)
                || !Objects.equals(task.doneDocument, measure.listDocument());
        task.doneOn = measure.listDate();
        task.doneNarrative = narrative;
        task.doneDocument = measure.listDocument();
        task.doneUrl = null;
        task.doneBy = by;
        task.doneBasis = PlanTask.NATIONAL_LIST;
        return changed;
    }
}
