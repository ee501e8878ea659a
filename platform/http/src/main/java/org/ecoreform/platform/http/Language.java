package org.ecoreform.platform.http;

import java.util.Locale;
import java.util.Optional;
import org.ecoreform.platform.errors.InvalidValue;

/**
 * The language a client asks names in, where an English one exists: {@code ?lang=} first, then the
 * best of Chinese and English in {@code Accept-Language}. Without either, answers carry both names
 * ({@code nameZh}, {@code nameEn}) and nothing else, as they always do.
 */
public enum Language {
    ZH("zh"),
    EN("en");

    /** The query parameter every read takes. */
    public static final String PARAMETER = "lang";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The name in this language, the other one when this one is missing. */
    public String pick(String nameZh, String nameEn) {
        String preferred = this == EN ? nameEn : nameZh;
        return preferred == null || preferred.isBlank() ? (this == EN ? nameZh : nameEn) : preferred;
    }

    /** {@code lang} must be zh or en (a 400 otherwise); Accept-Language is read leniently, as browsers send it. */
    public static Optional<Language> requested(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return Optional.of(parameter(lang));
        }
        return acceptLanguage == null ? Optional.empty() : fromAcceptLanguage(acceptLanguage);
    }

    /** The value of {@code lang}: zh or en, else a 400 naming it. */
    public static Language parameter(String lang) {
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new InvalidValue(PARAMETER, "must be zh or en");
        };
    }

    /** The range of highest weight whose primary tag is zh or en (the first of equal weights); others are skipped. */
    static Optional<Language> fromAcceptLanguage(String header) {
        Language best = null;
        double bestWeight = 0;
        for (String range : header.split(",", 20)) {
            String[] parts = range.split(";");
            String primary = parts[0].strip().toLowerCase(Locale.ROOT).split("-", 2)[0];
            Language language = "zh".equals(primary) ? ZH : "en".equals(primary) ? EN : null;
            double weight = QualityValues.weight(parts);
            if (language != null && weight > bestWeight) {
                best = language;
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }
}
