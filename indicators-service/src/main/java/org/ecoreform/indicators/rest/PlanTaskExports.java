package org.ecoreform.indicators.rest;

import static org.ecoreform.platform.export.ExportColumn.bool;
import static org.ecoreform.platform.export.ExportColumn.integer;
import static org.ecoreform.platform.export.ExportColumn.json;
import static org.ecoreform.platform.export.ExportColumn.list;
import static org.ecoreform.platform.export.ExportColumn.text;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import org.ecoreform.indicators.service.PlanTaskFilter;
import org.ecoreform.indicators.service.PlanTaskQueries;
import org.ecoreform.indicators.service.PlanTaskState;
import org.ecoreform.platform.export.ExportColumn;
import org.ecoreform.platform.export.ExportDataset;
import org.ecoreform.platform.export.JsonCell;

/** The plan tasks as a dataset: the download of /api/v1/exports/plan-tasks. */
public class PlanTaskExports {

    static final List<ExportColumn> COLUMNS = List.of(
            text("id", "Task id: province, plan (source document) and position, e.g. 360000-P1-30"),
            text("province", "GB/T 2260 code of the province"),
            text("provinceNameZh", "Province name in Chinese"),
            text("provinceNameEn", "Province name in English"),
            text("plan", "The plan's title"),
            text("section", "Part, section and item of the plan, e.g. 三（六）2"),
            text("text", "The task as the plan states it"),
            integer("dueYear", "Due by the end of this year"),
            bool("yearly", "Due every year from dueYear on"),
            integer(
                    "periodYears",
                    "Due again every this many years from dueYear on (2017年起每2年: 2); empty when due once"),
            text("status", "due, done or overdue on the day of the download (China Standard Time)"),
            list("measures", "The national measures the task became (matched or decided by an editor)"),
            list("candidates", "Measures considered but not linked, best first"),
            json("completion", "The completion reported: {on, narrative, documentNumber, url, by, basis}"),
            integer("provenanceLine", "Line of the plan's text"));

    static List<Object> row(PlanTaskState t) {
        return Arrays.asList(
                t.id(),
                t.province().id(),
                t.province().nameZh(),
                t.province().nameEn(),
                t.plan(),
                t.section(),
                t.text(),
                t.dueYear(),
                t.yearly(),
                t.periodYears(),
                t.status(),
                t.measures().stream().map(PlanTaskState.MeasureLink::id).toList(),
                t.candidates().stream().map(PlanTaskState.Candidate::id).toList(),
                t.completion() == null ? null : new JsonCell(t.completion()),
                t.provenance().line());
    }

    @Produces
    @Singleton
    ExportDataset<PlanTaskState> planTasks(PlanTaskQueries tasks) {
        PlanTaskFilter all = PlanTaskFilter.of(null, null, null, null);
        return new ExportDataset<>(
                "plan-tasks",
                "The pilot plans' dated reform tasks",
                "Every dated task of the plans' key tasks, with its status and the national measures it became, in id order.",
                COLUMNS,
                page -> tasks.search(all, page),
                PlanTaskExports::row,
                tasks::datasetFacts);
    }
}
