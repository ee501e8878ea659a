package org.ecoreform.gateway.views;

import java.util.List;

/**
 * The kinds of view, each with the name it has in cache keys and metrics, and what its content
 * depends on (see {@link ViewFreshness}): a view is current while none of those has changed.
 */
public enum ViewKind {
    /** A province's profile: its document, the catalogue and the framework (its coverage per system). */
    PROVINCE("province"),
    /** A province's gaps: the catalogue and which province adopts which measure. */
    GAPS("gaps"),
    /** A measure's view: its document. */
    MEASURE("measure"),
    /** The national overview: the catalogue, which province adopts which measure, attainment per province. */
    OVERVIEW("overview"),
    /**
     * The framework view: the framework, the catalogue (with each measure's links), which province adopts which measure, and
     * the provinces' assessment and accountability institutions.
     */
    FRAMEWORK("framework");

    private final String label;

    ViewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    List<String> dependencies(String id) {
        return switch (this) {
            case PROVINCE -> List.of(ViewFreshness.province(id), ViewFreshness.CATALOGUE, ViewFreshness.FRAMEWORK);
            case GAPS -> List.of(ViewFreshness.CATALOGUE, ViewFreshness.MATRIX);
            case MEASURE -> List.of(ViewFreshness.measure(id));
            case OVERVIEW -> List.of(ViewFreshness.CATALOGUE, ViewFreshness.MATRIX, ViewFreshness.ATTAINMENT);
            case FRAMEWORK ->
                List.of(
                        ViewFreshness.FRAMEWORK,
                        ViewFreshness.CATALOGUE,
                        ViewFreshness.MATRIX,
                        ViewFreshness.ACCOUNTABILITY);
        };
    }
}
