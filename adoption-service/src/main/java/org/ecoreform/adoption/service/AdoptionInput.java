package org.ecoreform.adoption.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.validation.IdPatterns;
import org.ecoreform.platform.validation.TextRules;

/** The editable fields of an adoption record (POST and PUT). */
@Schema(name = "AdoptionInput")
public record AdoptionInput(
        @Schema(
                description = "The plan the record belongs to (create only; cannot change)",
                example = "630000-2021-106")
        @Pattern(regexp = "^[0-9A-Za-z-]{1,60}$", message = "must be a plan id such as 630000-2021-106")
        String planId,

        @Schema(example = "[\"N2020-57\"]", required = true) @NotEmpty @Size(max = 10)
        List<@NotNull @Pattern(regexp = IdPatterns.MEASURE, message = "must be a measure id such as N2020-03") String>
                measureIds,

        @Schema(description = "Name as the province words it; defaults to the measure's name", example = "福林贷")
        @Size(max = 500)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
        String name,

        @Schema(description = "The part adopted, when not the whole measure", example = "关于林权抵押贷款的相关举措")
        @Size(max = 2000)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
        String adoptedPart,

        @Schema(description = "落实措施", example = "推广林权抵押贷款，建立林权收储担保机制。", required = true)
        @NotBlank
        @Size(max = 20000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
        String actions,

        @Schema(example = "[\"省林草局\", \"人行西宁中心支行\"]", required = true) @NotEmpty @Size(max = 30)
        List<@NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE) String>
                responsibleUnits,

        @Size(max = 50) List<@Valid @NotNull MilestoneInput> milestones) {

    @Schema(name = "MilestoneInput")
    public record MilestoneInput(
            @Schema(example = "2022-12-31", required = true) @NotNull
            LocalDate dueOn,

            @Schema(example = "建成林权收储担保平台", required = true)
            @NotBlank
            @Size(max = 1000)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String description,

            @Schema(example = "false") boolean done) {}
}
