package org.ecoreform.adoption.service;

import java.util.List;
import org.ecoreform.platform.reference.Label;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Coverage", description = "How much of the national catalogue a province has adopted, per category")
public record CoverageView(Label province, List<CategoryCoverage> categories, @Schema(example = "53") int adopted,
                           @Schema(example = "90") int catalogue) {

    @Schema(name = "CategoryCoverage")
    public record CategoryCoverage(@Schema(example = "C09") String id, @Schema(example = "绿色金融") String nameZh,
                                   @Schema(example = "Green finance") String nameEn,
                                   @Schema(description = "Distinct measures adopted by live (not withdrawn) records", example = "5") int adopted,
                                   @Schema(description = "Active measures of the catalogue in the category", example = "9") int catalogue) {
    }
}
