package org.ecoreform.adoption.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.service.AdoptionViews;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.contracts.EventTopics;
import org.ecoreform.platform.outbox.Outbox;
import org.ecoreform.platform.reference.Label;

/** Announces each stored adoption plan on its compacted state topic, so that the topics alone rebuild the plans. */
@ApplicationScoped
public class AdoptionPlanEvents implements StatePublisher<AdoptionPlan> {

    public static final String TOPIC = EventTopics.ADOPTION_PLANS;
    public static final String AGGREGATE = "adoption-plan";
    public static final String CHANGED = "org.ecoreform.adoptionplan.changed.v1";

    private final Outbox outbox;

    public AdoptionPlanEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void changed(AdoptionPlan plan, Caller caller) {
        Label province = AdoptionViews.province(plan.province.strip());
        outbox.recordState(
                TOPIC, AGGREGATE, plan.id, plan.version, CHANGED, AdoptionPlanChangedV1.of(plan, province), caller);
    }
}
