package org.ecoreform.gateway.domain;

import java.util.List;

/** The state topics the gateway projects, and the view-store collection each one fills. */
public enum Topics {
    MEASURES("ecoreform.measures.v1", "measures"),
    ADOPTIONS("ecoreform.adoptions.v1", "adoptions"),
    INDICATORS("ecoreform.indicators.v1", "targets"),
    FRAMEWORK("ecoreform.framework.v1", "frameworks"),
    PLAN_TASKS("ecoreform.plan-tasks.v1", "planTasks"),
    ACCOUNTABILITY("ecoreform.accountability.v1", "accountability");

    private final String topic;
    private final String collection;

    Topics(String topic, String collection) {
        this.topic = topic;
        this.collection = collection;
    }

    public String topic() {
        return topic;
    }

    public String collection() {
        return collection;
    }

    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(Topics::topic).toList();
    }

    public static Topics of(String topic) {
        return java.util.Arrays.stream(values())
                .filter(t -> t.topic.equals(topic))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a projected topic: " + topic));
    }
}
