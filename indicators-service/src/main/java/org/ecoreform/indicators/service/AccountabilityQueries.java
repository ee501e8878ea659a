package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.indicators.domain.Accountability;
import org.ecoreform.platform.dataset.DatasetFacts;
import org.ecoreform.platform.persistence.StoredDatasetFacts;

/** Reads of the accountability institutions' records, each with its history. */
@ApplicationScoped
public class AccountabilityQueries {

    /** The records that match, in id order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountabilityState> searchAll(AccountabilityFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("1 = 1");
        if (!filter.provinces().isEmpty()) {
            jpql.append(" and province in :provinces");
            params.put("provinces", filter.provinces());
        }
        if (!filter.institutions().isEmpty()) {
            jpql.append(" and institution in :institutions");
            params.put("institutions", filter.institutions());
        }
        return Accountability.<Accountability>list(jpql.append(" order by id").toString(), params).stream()
                .map(AccountabilityState::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountabilityState get(String id) {
        return AccountabilityState.of(AccountabilityService.find(id));
    }

    /** The row count and last change of the {@code accountability} download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DatasetFacts datasetFacts() {
        return StoredDatasetFacts.of(Accountability.class);
    }
}
