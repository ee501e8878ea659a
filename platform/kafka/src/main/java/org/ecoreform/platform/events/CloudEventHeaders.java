package org.ecoreform.platform.events;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** CloudEvents 1.0 Kafka protocol binding, binary mode: attribute names as Kafka headers. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** The address of the JSON Schema the event's data conforms to (absent on tombstones, which have no data). */
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** Extension attribute: the X-Request-Id of the request that caused the change (absent for system changes). */
    public static final String REQUEST_ID = "ce_requestid";

    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}

    /**
     * A {@code ce_time} value: RFC 3339 in UTC, seconds always written ({@code OffsetDateTime.toString()}
     * drops them when they and the fraction are zero, {@code …T10:15Z}, which RFC 3339 does not allow).
     */
    public static String time(OffsetDateTime at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.toInstant());
    }
}
