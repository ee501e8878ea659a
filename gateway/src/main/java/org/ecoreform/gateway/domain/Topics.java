package org.ecoreform.gateway.domain;

import java.util.List;
import org.ecoreform.platform.contracts.EventTopics;

/** The state topics the gateway projects, and the view-store collection each one fills. */
public enum Topics {
    MEASURES(EventTopics.MEASURES, "measures"),
    ADOPTIONS(EventTopics.ADOPTIONS, "adoptions"),
    INDICATORS(EventTopics.TARGETS, "targets"),
    FRAMEWORK(EventTopics.FRAMEWORK, "frameworks"),
    PLAN_TASKS(EventTopics.PLAN_TASKS, "planTasks"),
    ACCOUNTABILITY(EventTopics.ACCOUNTABILITY, "accountability");

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
