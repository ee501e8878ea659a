package org.ecoreform.platform.contracts;

/**
 * The state topics, named once: the producers publish on them, the gateway and the catalogue
 * replicas read them, and each service's AsyncAPI document describes them. Compacted, keyed by the
 * aggregate's id, one event type each (see {@link EventSchemas}).
 */
public final class EventTopics {

    public static final String MEASURES = "ecoreform.measures.v1";
    public static final String FRAMEWORK = "ecoreform.framework.v1";
    public static final String ADOPTIONS = "ecoreform.adoptions.v1";
    public static final String ADOPTION_PLANS = "ecoreform.adoption-plans.v1";
    public static final String TARGETS = "ecoreform.indicators.v1";
    public static final String PLAN_TASKS = "ecoreform.plan-tasks.v1";
    public static final String ACCOUNTABILITY = "ecoreform.accountability.v1";
    public static final String SOURCE_DOCUMENTS = "ecoreform.source-documents.v1";

    private EventTopics() {}
}
