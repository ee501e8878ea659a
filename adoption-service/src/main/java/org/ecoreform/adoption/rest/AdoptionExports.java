package org.ecoreform.adoption.rest;

import static org.ecoreform.platform.export.ExportColumn.bool;
import static org.ecoreform.platform.export.ExportColumn.date;
import static org.ecoreform.platform.export.ExportColumn.integer;
import static org.ecoreform.platform.export.ExportColumn.json;
import static org.ecoreform.platform.export.ExportColumn.list;
import static org.ecoreform.platform.export.ExportColumn.text;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ecoreform.adoption.service.AdoptionFilter;
import org.ecoreform.adoption.service.AdoptionQueries;
import org.ecoreform.adoption.service.AdoptionState;
import org.ecoreform.adoption.service.PlanView;
import org.ecoreform.platform.export.ExportColumn;
import org.ecoreform.platform.export.ExportDataset;
import org.ecoreform.platform.export.JsonCell;

/** The adoption records as a dataset: the download of /api/v1/exports/adoptions and the CSV of the record list. */
public class AdoptionExports {

    static final List<ExportColumn> COLUMNS = List.of(
            text("id", "Record id: plan id and row number, e.g. 630000-2021-106-27"),
            text("planId", "The province's adoption plan: province code, year and document number"),
            text("province", "GB/T 2260 code of the province"),
            text("provinceNameZh", "Province name in Chinese"),
            text("provinceNameEn", "Province name in English"),
            integer("rowNumber", "Row of the plan's table"),
            text("name", "The record's name as the province wrote it"),
            text("scope", "whole: the measure as a whole is adopted; part: only the part in adoptedPart"),
            text("adoptedPart", "The quoted part adopted, when scope is part"),
            list("measureIds", "The national measures adopted (N2020-…)"),
            text("categoryId", "Category of the (first) adopted measure"),
            text("status", "planned, in-progress, implemented, suspended or withdrawn"),
            bool("measureRetired", "True when a measure the record adopts was retired from the catalogue afterwards"),
            list("responsibleUnits", "The province's responsible units (责任单位) as written"),
            list(
                    "unitIds",
                    "Those units in the codelist (GET /api/v1/responsible-units), in the plan's order; empty text for an unknown one"),
            text("actions", "The province's own actions (落实措施)"),
            integer("version", "Increases by one on every change of the record"),
            text("provenanceDocument", "Source document number of the plan"),
            integer("provenanceLine", "Line of the source document the record was read from"),
            date("statusSince", "The day the current status took effect"),
            json(
                    "milestones",
                    "The record's commitments: [{dueOn, description, done, figure: {value, unit, what}}]; dueOn absent when "
                            + "the source names no date"),
            json(
                    "history",
                    "Every progress entry in the order recorded: [{id, from, status, effectiveOn, at, by, narrative, evidence: "
                            + "[{documentNumber, title, issuedOn, url, excerpt, figures}], corrects, "
                            + "correctedBy}]; a corrected entry no longer counts"));

    static List<Object> row(AdoptionState r) {
        AdoptionResponse response = AdoptionResponse.of(r);
        return Arrays.asList(
                r.id(),
                r.planId(),
                r.province().id(),
                r.province().nameZh(),
                r.province().nameEn(),
                r.rowNumber(),
                r.name(),
                r.scope(),
                r.adoptedPart(),
                r.measures().stream().map(AdoptionState.AdoptedMeasure::id).toList(),
                r.category() == null ? null : r.category().id(),
                r.status(),
                r.measureRetired(),
                r.responsibleUnits(),
                r.units().stream().map(u -> u.id() == null ? "" : u.id()).toList(),
                r.actions(),
                r.version(),
                r.provenance().document(),
                r.provenance().line(),
                r.statusSince(),
                new JsonCell(response.milestones()),
                new JsonCell(response.history()));
    }

    @Produces
    @Singleton
    ExportDataset<AdoptionState> adoptions(AdoptionQueries adoptions) {
        return new ExportDataset<>(
                "adoptions",
                "Province adoption records",
                "Every record of every province's adoption plan, withdrawn ones included, in id order, with its milestones and its "
                        + "whole progress history.",
                COLUMNS,
                page -> adoptions.search(AdoptionFilter.ALL, page),
                AdoptionExports::row,
                adoptions::datasetFacts);
    }

    static final List<ExportColumn> PLAN_COLUMNS = List.of(
            text("id", "Plan id: province code, year and document number, e.g. 630000-2021-106"),
            text("province", "GB/T 2260 code of the province"),
            text("provinceNameZh", "Province name in Chinese"),
            text("provinceNameEn", "Province name in English"),
            text("issuingBody", "Who issued the notice"),
            text("documentNumber", "The notice's document number (文号)"),
            date("issuedOn", "The day it was issued"),
            text("title", "The notice's title"),
            text("sourceFile", "The shipped or uploaded file it was read from, when there was one"),
            integer("recordCount", "How many records it has (the adoptions dataset, by planId)"),
            json("statusCounts", "Its records per status: {planned: 40, in-progress: 12}"));

    static List<Object> planRow(PlanView plan) {
        return Arrays.asList(
                plan.id(),
                plan.province().id(),
                plan.province().nameZh(),
                plan.province().nameEn(),
                plan.issuingBody(),
                plan.documentNumber(),
                plan.issuedOn(),
                plan.title(),
                plan.sourceFile(),
                plan.recordCount(),
                new JsonCell(plan.statusCounts()));
    }

    @Produces
    @Singleton
    ExportDataset<PlanView> plans(AdoptionQueries adoptions) {
        return new ExportDataset<>(
                "adoption-plans",
                "Province adoption plans",
                "Every province's adoption plan (the notice its records belong to), by province and date, with its records' "
                        + "count per status.",
                PLAN_COLUMNS,
                page -> page.slice(adoptions.plans(Set.of()), PlanView::id),
                AdoptionExports::planRow,
                adoptions::planDatasetFacts);
    }
}
