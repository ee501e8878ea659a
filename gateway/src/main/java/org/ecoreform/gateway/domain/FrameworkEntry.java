package org.ecoreform.gateway.domain;

import java.util.List;

/** The policy framework as the views name it: systems and article headings, in document order. */
public record FrameworkEntry(String id, String title, List<System> systems, List<Article> articles) {

    public static final String FRAMEWORK = "framework";

    public record System(String id, String section, String nameZh, String nameEn) {}

    /** {@code system} is null for the articles of the general sections. */
    public record Article(String id, int number, String heading, String system) {}
}
