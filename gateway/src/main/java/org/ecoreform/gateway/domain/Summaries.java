package org.ecoreform.gateway.domain;

/**
 * Names in the national document. {@code matrix.<province>.<measure>}: whether the province adopts
 * the measure with a live record, and how many records of it link the measure; derived from the
 * province-measure document and written only over an older revision of it.
 * {@code attainment.<province>.<target>}: each target's attainment status.
 */
public final class Summaries {

    public static final String MATRIX = "matrix";
    public static final String ATTAINMENT = "attainment";
    public static final String REVISION = "rev";
    public static final String LIVE = "live";
    public static final String RECORDS = "records";
    public static final String STATUS = "status";

    private Summaries() {}

    /** The id of a province-measure document. */
    public static String provinceMeasure(String province, String measure) {
        return province + ":" + measure;
    }
}
