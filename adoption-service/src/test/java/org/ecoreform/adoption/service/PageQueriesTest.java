package org.ecoreform.adoption.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * A page of records costs the same number of queries whatever its size: the records, then each of their collections
 * for the whole page at once, then the plans and measures they name. (With Hibernate's default batches of 16, a page
 * of 500 took 160 queries for its collections.)
 */
@QuarkusTest
class PageQueriesTest {

    @Inject
    AdoptionQueries queries;

    @Test
    void aPageOfFiftyTwoRecordsTakesAsManyQueriesAsAPageOfTwo() throws Exception {
        AdoptionTesting.awaitReferencePlan();
        AdoptionFilter qinghai =
                AdoptionFilter.of(List.of(AdoptionTesting.QINGHAI), null, null, null, null, null, null);

        int small = StatementCounter.during(() -> page(qinghai, 2));
        int large = StatementCounter.during(() -> {
            assertThat(page(qinghai, 52).items()).hasSize(52);
            return null;
        });

        assertThat(small).as("queries for a page of 2").isPositive();
        assertThat(large).as("queries for a page of 52").isEqualTo(small);
    }

    private Page<AdoptionState> page(AdoptionFilter filter, int size) {
        return QuarkusTransaction.requiringNew()
                .call(() -> queries.search(filter, PageRequest.parse(String.valueOf(size), null)));
    }
}
