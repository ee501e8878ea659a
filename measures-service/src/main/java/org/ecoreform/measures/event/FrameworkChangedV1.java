package org.ecoreform.measures.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The payload of {@code org.ecoreform.framework.changed.v1} on {@code ecoreform.framework.v1} (the
 * contract of platform/contracts): the policy framework's systems and the headings of its articles,
 * so that consumers can name what a measure's {@code framework} links point at. The articles' full
 * text stays with {@code GET /api/v1/framework/articles/{id}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FrameworkChangedV1(
        String id,
        String title,
        String sourceFile,
        List<SystemState> systems,
        List<ArticleState> articles,
        long version) {

    public record SystemState(String id, String section, String nameZh, String nameEn) {}

    public record ArticleState(String id, int number, String heading, String system) {}
}
