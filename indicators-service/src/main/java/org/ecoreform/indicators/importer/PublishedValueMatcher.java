package org.ecoreform.indicators.importer;

import java.util.List;
import java.util.Optional;

/**
 * Decides which indicator a published value is an observation of. Its wording names a codelist
 * indicator (compared without scope words, 断面, and with 比例/比率/率, PM2.5/细颗粒物 and
 * 平均/年均 taken as the same): the value belongs to that indicator only where its scope is the
 * scope of the province's target for it (the clause of the plan naming the indicator; no target:
 * the province as a whole). Otherwise it is kept under an indicator of its own — the same measure for
 * its scope, or, when no codelist indicator is named, the wording itself — never forced onto another.
 */
public final class PublishedValueMatcher {

    /** A province's target for an indicator, with the plan's clause that states it. */
    public record TargetClause(String province, String indicatorId, String sentence) {}

    /** The indicator a value goes to; {@code newIndicator} is non-null when it must be created; and why. */
    public record Decision(String indicatorId, IndicatorCodelist.Definition newIndicator, String reason) {}

    private final IndicatorCodelist codelist;
    private final List<TargetClause> targets;

    public PublishedValueMatcher(IndicatorCodelist codelist, List<TargetClause> targets) {
        this.codelist = codelist;
        this.targets = List.copyOf(targets);
    }

    public Decision decide(PublishedValues.Value value) {
        Scope scope = Scope.of(value.wording());
        Optional<IndicatorCodelist.Definition> named = named(value.wording());
        if (named.isEmpty()) {
            String id = "published-" + DocumentText.digest(value.wording());
            return new Decision(
                    id,
                    new IndicatorCodelist.Definition(
                            id,
                            value.wording(),
                            "As published: " + value.wording(),
                            value.unit(),
                            "higher",
                            "published",
                            List.of()),
                    "names no codelist indicator: kept under its own wording");
        }
        IndicatorCodelist.Definition indicator = named.get();
        List<Scope> targetScopes = targets.stream()
                .filter(t ->
                        t.province().equals(value.province()) && t.indicatorId().equals(indicator.id()))
                .map(t -> clauseScope(t.sentence(), indicator))
                .distinct()
                .toList();
        boolean same = targetScopes.isEmpty() ? scope == Scope.PROVINCE : targetScopes.contains(scope);
        if (same) {
            return new Decision(indicator.id(), null, "names " + indicator.id() + " for the same scope as the target");
        }
        if (scope == Scope.PROVINCE) {
            return new Decision(
                    indicator.id() + "-province",
                    new IndicatorCodelist.Definition(
                            indicator.id() + "-province",
                            "全省" + indicator.nameZh(),
                            indicator.nameEn() + " (whole province)",
                            indicator.unit(),
                            indicator.direction(),
                            indicator.theme(),
                            List.of()),
                    "names " + indicator.id() + " for the whole province, the target for " + targetScopes);
        }
        String id = indicator.id() + "-" + scope.slug();
        return new Decision(
                id,
                new IndicatorCodelist.Definition(
                        id,
                        value.wording(),
                        indicator.nameEn() + " (" + scope.english() + ")",
                        indicator.unit(),
                        indicator.direction(),
                        indicator.theme(),
                        List.of()),
                "names " + indicator.id() + " for " + scope.english() + ", not the target's " + targetScopes);
    }

    private Optional<IndicatorCodelist.Definition> named(String wording) {
        String measured = comparable(Scope.without(wording));
        for (IndicatorCodelist.Definition definition : codelist.definitions()) {
            for (String phrase : definition.phrases()) {
                if (!phrase.isEmpty() && measured.contains(comparable(phrase))) {
                    return Optional.of(definition);
                }
            }
        }
        return Optional.empty();
    }

    /** The scope of the clause that names the indicator in a target's sentence. */
    static Scope clauseScope(String sentence, IndicatorCodelist.Definition indicator) {
        String folded = DocumentText.fold(sentence);
        for (String phrase : indicator.phrases()) {
            int at = folded.indexOf(phrase);
            if (at >= 0) {
                // folded: ， and ； are , and ; now
                int start = Math.max(
                                Math.max(folded.lastIndexOf(',', at), folded.lastIndexOf(';', at)),
                                folded.lastIndexOf('。', at))
                        + 1;
                return Scope.of(folded.substring(start, at + phrase.length()));
            }
        }
        return Scope.PROVINCE;
    }

    /** Wording compared as the same measure: 比例/比率/率, PM2.5/细颗粒物, 平均/年均, with or without 断面. */
    static String comparable(String text) {
        String folded = DocumentText.fold(text)
                .replace("PM2.5", "细颗粒物")
                .replace("(细颗粒物)", "")
                .replace("平均浓度", "年均浓度")
                .replace("比例", "率")
                .replace("比率", "率")
                .replace("断面", "");
        return folded.endsWith("比") ? folded.substring(0, folded.length() - 1) + "率" : folded;
    }
}
