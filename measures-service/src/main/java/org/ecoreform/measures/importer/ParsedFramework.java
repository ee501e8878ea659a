package org.ecoreform.measures.importer;

import java.util.List;

/** The policy framework as read from its document; {@code systemId} is null outside the eight systems. */
public record ParsedFramework(
        String id, String title, String sourceFile, List<Section> sections, List<Article> articles) {

    public record Section(
            int ordinal, String numeral, String heading, String systemId, String systemNameEn, int line) {}

    public record Article(String id, int number, String heading, String text, int section, String systemId, int line) {}

    public List<Section> systems() {
        return sections.stream().filter(s -> s.systemId() != null).toList();
    }
}
