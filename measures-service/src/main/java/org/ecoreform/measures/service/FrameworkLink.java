package org.ecoreform.measures.service;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article of the policy framework a measure implements, as published with the measure. */
@Schema(name = "FrameworkLink")
public record FrameworkLink(
        @Schema(example = "F2015-A32") String article,
        @Schema(description = "The institutional system of the article; absent for the general sections", example = "F2015-S5") String system,
        @Schema(description = "Text similarity found by the matcher (0 to 1); absent for a link an editor added", example = "0.343") BigDecimal score,
        @Schema(description = "reference-import for the matcher, else the editor who decided", example = "reference-import") String decidedBy) {
}
