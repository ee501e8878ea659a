package org.ecoreform.adoption.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.ecoreform.adoption.importer.ResponsibleUnits;
import org.jboss.logging.Logger;

/**
 * Keeps the unit ids that {@code ?unit=} searches on: on start, every name written without an id
 * (rows stored before the codelist, or before it learnt the name; an id the codelist no longer has
 * is cleared by the migration that retires it) gets the id the codelist now gives it. The names
 * as written are untouched, and the state shows the same unit either way, so no record changes
 * version; the work done depends on the distinct unknown names, not on the records.
 */
@ApplicationScoped
public class UnitIndex {

    private static final Logger LOG = Logger.getLogger(UnitIndex.class);

    private final EntityManager em;

    public UnitIndex(EntityManager em) {
        this.em = em;
    }

    void onStart(@Observes StartupEvent startup) {
        int resolved = QuarkusTransaction.requiringNew().call(this::resolveUnknown);
        if (resolved > 0) {
            LOG.infof("Responsible units: %d rows resolved to the codelist", resolved);
        }
    }

    int resolveUnknown() {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery(
                        "select distinct unit from adoption_record_unit where unit_id is null")
                .getResultList();
        int rows = 0;
        for (String name : names) {
            ResponsibleUnits.Reading reading = ResponsibleUnits.shipped().read(name);
            if (reading.resolved()) {
                rows += em.createNativeQuery(
                                "update adoption_record_unit set unit_id = ?1 where unit = ?2 and unit_id is null")
                        .setParameter(1, reading.unit().id())
                        .setParameter(2, name)
                        .executeUpdate();
            }
        }
        return rows;
    }
}
