package org.ecoreform.indicators.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ecoreform.platform.reference.ClasspathText;

/** The indicator definitions shipped under {@code reference/indicators.tsv}, with the phrases plans use. */
public final class IndicatorCodelist {

    public static final String RESOURCE = "reference/indicators.tsv";

    public record Definition(
            String id,
            String nameZh,
            String nameEn,
            String unit,
            String direction,
            String theme,
            List<String> phrases) {}

    /** An indicator named in a clause, and where its phrase stands. */
    public record Mention(Definition indicator, String phrase, int position) {}

    private final List<Definition> definitions;

    private IndicatorCodelist(List<Definition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    public static IndicatorCodelist load() {
        List<Definition> definitions = ClasspathText.read(RESOURCE)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> Arrays.copyOf(line.split("\t", -1), 7))
                .map(c -> new Definition(
                        c[0],
                        c[1],
                        c[2],
                        c[3] == null ? "" : c[3],
                        c[4],
                        c[5],
                        // plans are matched folded (Ⅴ → V, （ → (), so the phrases are too
                        Arrays.stream(c[6].split("\\|")).map(DocumentText::fold).toList()))
                .toList();
        return new IndicatorCodelist(definitions);
    }

    public List<Definition> definitions() {
        return definitions;
    }

    /** The indicators a clause names, in the order they appear in it. */
    public List<Mention> mentionsIn(String clause) {
        List<Mention> mentions = new ArrayList<>();
        for (Definition definition : definitions) {
            for (String phrase : definition.phrases()) {
                int at = clause.indexOf(phrase);
                if (at >= 0) {
                    mentions.add(new Mention(definition, phrase, at));
                    break;
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::position));
        return mentions;
    }
}
