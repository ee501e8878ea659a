package org.ecoreform.adoption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.domain.ProgressEntry;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.errors.NotFound;

/**
 * The steps every write of a record shares, inside the caller's transaction: find it for a writer
 * of its province at the expected version, append a progress entry, and publish the new state
 * through the outbox.
 */
@ApplicationScoped
public class RecordWrites {

    private final EntityManager em;
    private final AdoptionViews views;
    private final StatePublisher<AdoptionState> events;

    public RecordWrites(EntityManager em, AdoptionViews views, StatePublisher<AdoptionState> events) {
        this.em = em;
        this.views = views;
        this.events = events;
    }

    AdoptionRecord forWrite(String id, ExpectedVersion expected, Caller caller) {
        AdoptionRecord record = AdoptionRecord.<AdoptionRecord>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("adoption record", id));
        AdoptionPlan plan = AdoptionPlan.findById(record.planId);
        caller.requireMayWrite(plan.province.strip());
        expected.check(record.version());
        return record;
    }

    /** Stores a new record with its first entry, which gives it its status (the insert takes the record's state as it is here). */
    void create(AdoptionRecord record, ProgressEntry first) {
        record.report(first);
        record.persist();
        em.persist(first);
    }

    /** Adds the entry if the record's progress admits it (else a domain error, nothing written). */
    void append(AdoptionRecord record, ProgressEntry entry) {
        record.report(entry);
        em.persist(entry);
    }

    AdoptionState publish(AdoptionRecord record, Caller caller) {
        em.flush();
        AdoptionState state = views.stateOf(record);
        events.changed(state, caller);
        return state;
    }
}
