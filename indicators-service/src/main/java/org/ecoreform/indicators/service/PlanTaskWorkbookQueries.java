package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecoreform.indicators.importer.PlanTaskSheet;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.reference.Provinces;

/** The plan tasks' sheet of a province's year-end workbook: every task of its pilot plan, where it stands. */
@ApplicationScoped
public class PlanTaskWorkbookQueries {

    private final PlanTaskQueries tasks;

    public PlanTaskWorkbookQueries(PlanTaskQueries tasks) {
        this.tasks = tasks;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] workbook(String province) {
        if (province == null || Provinces.all().byCode(province).isEmpty()) {
            throw new InvalidValue("code", "must be a six-digit GB/T 2260 province code");
        }
        List<PlanTaskSheet.TaskRow> rows =
                tasks.searchAll(new PlanTaskFilter(Set.of(province), Optional.empty(), Set.of(), Set.of())).stream()
                        .sorted(Comparator.comparing(PlanTaskState::dueYear).thenComparing(PlanTaskState::id))
                        .map(task -> new PlanTaskSheet.TaskRow(
                                task.id(), task.version(), task.dueYear(), task.section(), task.text(), task.status()))
                        .toList();
        return PlanTaskSheet.workbook(rows);
    }
}
