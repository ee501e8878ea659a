package org.ecoreform.platform.rest;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.ecoreform.platform.export.DatasetFacts;
import org.ecoreform.platform.persistence.VersionedRecord;

/** The facts of a dataset with one row per stored record: one count and one max over its table. */
public final class StoredDatasetFacts {

    private StoredDatasetFacts() {}

    public static Supplier<DatasetFacts> of(Class<? extends VersionedRecord> type) {
        return of(type, "1 = 1");
    }

    /** Over the records the download holds: those {@code where} (JPQL on alias {@code e}) keeps. */
    public static Supplier<DatasetFacts> of(Class<? extends VersionedRecord> type, String where) {
        return () -> {
            EntityManager em = Panache.getEntityManager(type);
            String entity = em.getMetamodel().entity(type).getName();
            Object[] row = em.createQuery(
                            "select count(e), max(e.updatedAt) from " + entity + " e where " + where, Object[].class)
                    .getSingleResult();
            return new DatasetFacts((Long) row[0], (OffsetDateTime) row[1]);
        };
    }
}
