package org.ecoreform.gateway.domain;

/**
 * The view documents in the store. Each holds entries, one per aggregate that contributes to it,
 * each carrying the version it was written from; a view is composed from one or two documents.
 */
public enum ViewCollection {
    /** One document per province: its adoption records and its targets. */
    PROVINCES("provinceViews"),
    /** One document per measure: its state and every record adopting it. */
    MEASURES("measureViews"),
    /** One document per province and measure it adopts: the records linking the two (small, so cheap to derive from). */
    PROVINCE_MEASURES("provinceMeasures"),
    /**
     * One document: the catalogue, whether each province adopts each measure (derived from
     * {@link #PROVINCE_MEASURES}) and each province's targets' attainment.
     */
    NATIONAL("national");

    /** The one document of {@link #NATIONAL}. */
    public static final String NATIONAL_ID = "national";

    private final String collection;

    ViewCollection(String collection) {
        this.collection = collection;
    }

    public String collection() {
        return collection;
    }
}
