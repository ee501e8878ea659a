package org.ecoreform.measures.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataLoaderTest {

    @Inject
    ReferenceDataLoader loader;

    @Test
    void theImportStoredTheListWithProvenanceOnEveryMeasure() {
        List<Measure> imported = QuarkusTransaction.requiringNew()
                .call(() -> Measure.<Measure>list("provenanceDocument = ?1 order by number", "发改环资〔2020〕1793号"));
        assertThat(imported).hasSize(90);
        assertThat(imported).allSatisfy(m -> {
            assertThat(m.provenanceFile).isEqualTo("000_7b19ea8164b41faf.txt");
            assertThat(m.provenanceLine).isPositive();
            assertThat(m.createdBy).isEqualTo(ReferenceDataLoader.IMPORTER);
        });
        Map<String, Long> perCategory = imported.stream()
                .collect(Collectors.groupingBy(m -> m.categoryId, java.util.TreeMap::new, Collectors.counting()));
        assertThat(perCategory.values()).containsExactly(6L, 6L, 7L, 3L, 7L, 5L, 9L, 13L, 9L, 6L, 5L, 8L, 3L, 3L);
    }

    @Test
    void loadingAgainImportsNothingTwice() {
        long eventsBefore = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        long measuresBefore = QuarkusTransaction.requiringNew().call(() -> Measure.count());

        ReferenceDataLoader.LoadReport report = loader.loadReferenceData();

        assertThat(report.imported()).isEmpty();
        assertThat(report.alreadyPresent()).containsExactly("N2020");
        assertThat(report.measuresImported()).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Measure.count()))
                .isEqualTo(measuresBefore);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count()))
                .isEqualTo(eventsBefore);
    }
}
