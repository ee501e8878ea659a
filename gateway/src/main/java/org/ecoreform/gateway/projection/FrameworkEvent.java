package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.ecoreform.gateway.domain.Topics;

/** The policy framework from {@code ecoreform.framework.v1}: its systems and the headings of its articles. */
public record FrameworkEvent(String key, long version, State state) implements StateEvent {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(String id, String title, List<System> systems, List<Article> articles) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record System(String id, String section, String nameZh, String nameEn) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String id, int number, String heading, String system) {}

    @Override
    public Topics topic() {
        return Topics.FRAMEWORK;
    }
}
