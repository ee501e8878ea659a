package org.ecoreform.adoption.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ecoreform.adoption.domain.StoredImportReport;
import org.ecoreform.platform.errors.NotFound;

/** The reports of import runs, dry or committed, kept so a reviewer can read them again (GET /imports/{id}). */
@ApplicationScoped
public class ImportReports {

    private final ObjectMapper mapper;

    public ImportReports(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** One line per import run, newest first. */
    public record ImportRun(
            UUID id,
            String planId,
            String province,
            String documentNumber,
            boolean committed,
            OffsetDateTime createdAt,
            String createdBy) {}

    @Transactional(Transactional.TxType.MANDATORY)
    void keep(ImportReport report) {
        StoredImportReport entity = new StoredImportReport();
        entity.id = report.id();
        entity.planId = report.committed() ? report.planId() : null;
        entity.province = report.plan().province();
        entity.documentNumber = report.plan().documentNumber();
        entity.committed = report.committed();
        entity.createdAt = report.createdAt();
        entity.createdBy = report.createdBy();
        try {
            entity.report = mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entity.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportReport find(UUID id) {
        StoredImportReport stored = StoredImportReport.findById(id);
        if (stored == null) {
            throw new NotFound("import report", id.toString());
        }
        try {
            return mapper.readValue(stored.report, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportRun> runs(String planId) {
        List<StoredImportReport> stored = planId == null || planId.isBlank()
                ? StoredImportReport.list("order by createdAt desc")
                : StoredImportReport.list("planId = ?1 order by createdAt desc", planId);
        return stored.stream()
                .map(r -> new ImportRun(
                        r.id, r.planId, r.province.strip(), r.documentNumber, r.committed, r.createdAt, r.createdBy))
                .toList();
    }
}
