package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.platform.dataset.DatasetFacts;
import org.ecoreform.platform.persistence.StoredDatasetFacts;

/** Reads of the indicator codelist and of the plan documents read so far. */
@ApplicationScoped
public class IndicatorQueries {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorView> list() {
        return Indicator.<Indicator>list("order by theme, id").stream()
                .map(TargetViews::indicator)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorView get(String id) {
        return TargetViews.indicator(IndicatorService.find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentView> documents() {
        return SourceDocument.<SourceDocument>list("order by id").stream()
                .map(d -> new DocumentView(
                        d.id,
                        d.file,
                        d.province.strip(),
                        d.title,
                        d.documentNumber,
                        d.issuedOn,
                        d.importedBy,
                        d.targetCount,
                        d.duplicateOf))
                .toList();
    }

    /** The row count and last change of the {@code source-documents} download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetFacts documentDatasetFacts() {
        return StoredDatasetFacts.of(SourceDocument.class, "importedAt", "1 = 1");
    }
}
