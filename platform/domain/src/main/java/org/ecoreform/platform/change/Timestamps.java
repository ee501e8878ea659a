package org.ecoreform.platform.change;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The moment a change happens, as it is stored: UTC, truncated to microseconds (PostgreSQL's
 * precision). Taken so when created, the answer to a write, later reads, events, exports and views
 * all carry the same value, byte for byte.
 */
public final class Timestamps {

    /** The reform's time zone, where "today" is for effective dates, due years and reports (China has one). */
    public static final String REFORM_TIME_ZONE_ID = "Asia/Shanghai";

    public static final java.time.ZoneId REFORM_TIME_ZONE = java.time.ZoneId.of(REFORM_TIME_ZONE_ID);

    private Timestamps() {}

    /** Now by the service's clock (the bean tests can replace), as stored. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
