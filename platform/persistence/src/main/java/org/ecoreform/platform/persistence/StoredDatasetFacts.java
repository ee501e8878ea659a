package org.ecoreform.platform.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import org.ecoreform.platform.dataset.DatasetFacts;

/** The facts of a dataset with one row per stored record: one count and one max over its table. */
public final class StoredDatasetFacts {

    private StoredDatasetFacts() {}

    public static DatasetFacts of(Class<? extends VersionedRecord> type) {
        return of(type, "1 = 1");
    }

    /** Over the records the download holds: those {@code where} (JPQL on alias {@code e}) keeps. */
    public static DatasetFacts of(Class<? extends VersionedRecord> type, String where) {
        return of(type, "updatedAt", where);
    }

    /** For an entity that is not a {@link VersionedRecord}: {@code changedAt} names its timestamp attribute. */
    public static DatasetFacts of(Class<?> type, String changedAt, String where) {
        EntityManager em = Panache.getEntityManager(type);
        String entity = em.getMetamodel().entity(type).getName();
        Object[] row = em.createQuery(
                        "select count(e), max(e." + changedAt + ") from " + entity + " e where " + where,
                        Object[].class)
                .getSingleResult();
        return new DatasetFacts((Long) row[0], (OffsetDateTime) row[1]);
    }
}
