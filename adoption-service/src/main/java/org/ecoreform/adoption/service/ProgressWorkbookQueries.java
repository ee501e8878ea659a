package org.ecoreform.adoption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.adoption.importer.ProgressSheet;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.reference.Provinces;

/** A province's progress workbook: every record of its plans, where it stands, room for the next report. */
@ApplicationScoped
public class ProgressWorkbookQueries {

    private final AdoptionViews views;

    public ProgressWorkbookQueries(AdoptionViews views) {
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] workbook(String province) {
        if (province == null || Provinces.all().byCode(province).isEmpty()) {
            throw new InvalidValue("code", "must be a six-digit GB/T 2260 province code");
        }
        List<AdoptionRecord> records = AdoptionRecord.list(
                "planId in (select p.id from AdoptionPlan p where p.province = ?1) order by planId, rowNumber",
                province);
        List<ProgressSheet.RecordRow> rows = views.statesOf(records).stream()
                .map(state -> new ProgressSheet.RecordRow(
                        state.id(),
                        state.version(),
                        state.measures().stream()
                                .map(AdoptionState.AdoptedMeasure::id)
                                .collect(Collectors.joining(", ")),
                        state.measures().stream()
                                .map(AdoptionState.AdoptedMeasure::name)
                                .collect(Collectors.joining("；")),
                        state.status(),
                        state.statusSince()))
                .toList();
        return ProgressSheet.workbook(
                rows,
                Arrays.stream(AdoptionStatus.values())
                        .map(AdoptionStatus::wireName)
                        .toList());
    }
}
