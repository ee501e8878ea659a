package org.ecoreform.measures.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The policy framework as published on {@code ecoreform.framework.v1}: its systems and the headings
 * of its articles, so that consumers can name what a measure's {@code framework} links point at.
 * The articles' full text stays with {@code GET /api/v1/framework/articles/{id}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FrameworkState(String id, String title, String sourceFile, List<SystemState> systems, List<ArticleState> articles,
                             long version) {

    public record SystemState(String id, String section, String nameZh, String nameEn) {
    }

    public record ArticleState(String id, int number, String heading, String system) {
    }
}
