package org.ecoreform.measures.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.validation.TextRules;

@Schema(name = "RetirementInput", description = "Why a measure leaves the catalogue")
public record RetirementInput(
        @Schema(example = "Superseded by the 2024 list", required = true)
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
        String reason) {}
