package org.ecoreform.measures.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum MeasureStatus {
    ACTIVE,
    /** Withdrawn from the catalogue; kept, never deleted, so adoptions that cite it stay explicable. */
    RETIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MeasureStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
    }
}
