package org.ecoreform.indicators.importer;

import java.util.List;

/**
 * Whose figure a wording is: the province as a whole, or a set of cities or monitoring sections.
 * A published value counts for a target only when both name the same scope — the share of good-air
 * days in 设区城市 (prefecture-level cities) is not that of 县级及以上城市, and the water of 国考断面
 * (national assessment sections) is not that of the whole province. No scope word means the province.
 */
public enum Scope {
    PROVINCE(null, null, List.of("全省")),
    PREFECTURE_CITIES("prefecture-cities", "prefecture-level cities", List.of("设区城市", "设区市", "地级及以上城市", "地级以上城市")),
    COUNTY_AND_ABOVE_CITIES(
            "county-and-above-cities", "cities at county level and above", List.of("县级及以上城市", "县级以上城市")),
    COUNTY_TOWN_AND_ABOVE_CITIES(
            "county-town-and-above-cities", "county towns and above", List.of("县城以上城市", "县城及以上城市")),
    CENTRAL_CITIES("central-cities", "central cities", List.of("中心城市")),
    NATIONAL_SECTIONS("national-sections", "national assessment sections", List.of("国考断面"));

    private final String slug;
    private final String english;
    private final List<String> words;

    Scope(String slug, String english, List<String> words) {
        this.slug = slug;
        this.english = english;
        this.words = words;
    }

    /** The suffix of an indicator id for this scope; null for the province. */
    public String slug() {
        return slug;
    }

    public String english() {
        return english;
    }

    /** The scope a wording or a target's clause names. */
    public static Scope of(String text) {
        for (Scope scope : values()) {
            if (scope != PROVINCE && scope.words.stream().anyMatch(text::contains)) {
                return scope;
            }
        }
        return PROVINCE;
    }

    /** The text without its scope words (what is measured, whoever measures it). */
    public static String without(String text) {
        String result = text;
        for (Scope scope : values()) {
            for (String word : scope.words) {
                result = result.replace(word, "");
            }
        }
        return result;
    }
}
