package org.ecoreform.adoption.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where a province stands with an adopted measure, and the moves it may make. */
public enum AdoptionStatus {
    PLANNED,
    IN_PROGRESS,
    IMPLEMENTED,
    SUSPENDED,
    WITHDRAWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AdoptionStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
    }

    /** Withdrawn is final; implemented work can be reopened; anything live can be withdrawn. */
    public Set<AdoptionStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, SUSPENDED, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(IMPLEMENTED, SUSPENDED, WITHDRAWN);
            case IMPLEMENTED -> EnumSet.of(IN_PROGRESS, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(IN_PROGRESS, WITHDRAWN);
            case WITHDRAWN -> EnumSet.noneOf(AdoptionStatus.class);
        };
    }

    public boolean mayBecome(AdoptionStatus target) {
        return next().contains(target);
    }
}
