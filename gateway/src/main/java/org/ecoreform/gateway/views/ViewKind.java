package org.ecoreform.gateway.views;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.ecoreform.gateway.domain.FrameworkView;
import org.ecoreform.gateway.domain.MeasureView;
import org.ecoreform.gateway.domain.Overview;
import org.ecoreform.gateway.domain.ProvinceGaps;
import org.ecoreform.gateway.domain.ProvinceProfile;

/**
 * The kinds of view, each with the name it has in cache keys and metrics, and what its content
 * depends on (see {@link ViewFreshness}): a view is current while none of those has changed.
 */
public enum ViewKind {
    /** A province's profile: its document, the catalogue and the framework (its coverage per system). */
    PROVINCE("province", ProvinceProfile.class),
    /** A province's gaps: the catalogue and which province adopts which measure. */
    GAPS("gaps", ProvinceGaps.class),
    /** A measure's view: its document. */
    MEASURE("measure", MeasureView.class),
    /** The national overview: the catalogue, which province adopts which measure, attainment per province. */
    OVERVIEW("overview", Overview.class),
    /**
     * The framework view: the framework, the catalogue (with each measure's links), which province adopts which measure, and
     * the provinces' assessment and accountability institutions.
     */
    FRAMEWORK("framework", FrameworkView.class);

    private final String label;
    /** The view's top-level fields, in the record's order: the names {@code ?fields=} takes. */
    private final List<String> fields;

    ViewKind(String label, Class<? extends Record> shape) {
        this.label = label;
        this.fields = Arrays.stream(shape.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    public List<String> fields() {
        return fields;
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
