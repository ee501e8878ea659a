package org.ecoreform.indicators.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a target is stated. Numeric comparisons carry a value; {@code ELIMINATE} means "全面消除…"
 * (nothing may remain); {@code INCREASE}/{@code DECREASE} are direction-only ("进一步下降");
 * {@code QUALITATIVE} cannot be measured ("取得重要进展").
 */
public enum TargetComparator {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EQUAL("="),
    ELIMINATE("eliminate"),
    INCREASE("increase"),
    DECREASE("decrease"),
    QUALITATIVE("qualitative");

    private final String symbol;

    TargetComparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean numeric() {
        return this == AT_LEAST || this == AT_MOST || this == EQUAL;
    }

    public static Optional<TargetComparator> fromSymbol(String value) {
        return Arrays.stream(values())
                .filter(c -> c.symbol.equals(value)
                        || c.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value))
                .findFirst();
    }
}
