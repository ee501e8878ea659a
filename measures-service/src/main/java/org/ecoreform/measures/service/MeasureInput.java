package org.ecoreform.measures.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.validation.TextRules;

/**
 * The editable fields of a measure: the body of POST and PUT, and what a merge patch applies to.
 * Ids are checked against the codelists by {@link MeasureService} (unknown ones are a 422).
 */
@Schema(name = "MeasureInput", description = "Editable fields of a measure")
public record MeasureInput(
        @Schema(
                description = "List to add the measure to; defaults to the latest list. Cannot change once created.",
                example = "N2020")
        @Pattern(regexp = "^[A-Z][0-9A-Z]{1,19}$", message = "must be a list code such as N2020")
        String listCode,

        @Schema(example = "C01", required = true)
        @NotBlank
        @Pattern(regexp = "^C[0-9]{2}$", message = "must be a category id such as C01")
        String categoryId,

        @Schema(example = "“林票”制度", required = true)
        @NotBlank
        @Size(max = 300)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
        String name,

        @Schema(example = "三明市鼓励引导国有林业企事业单位与村集体……", required = true)
        @NotBlank
        @Size(max = 20000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
        String content,

        @Schema(
                description = "GB/T 2260 codes of the provinces the measure comes from",
                example = "[\"350000\"]",
                required = true)
        @NotEmpty
        @Size(max = 31)
        List<@NotNull @Pattern(regexp = "^[1-9][0-9]{5}$", message = "must be a six-digit GB/T 2260 code") String>
                sourceProvinces,

        @Schema(description = "Ids of the guiding departments", example = "[\"nfga\"]", required = true)
        @NotEmpty
        @Size(max = 40)
        List<
                        @NotNull
                        @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$", message = "must be a department id such as mohurd")
                        String>
                departments) {}
