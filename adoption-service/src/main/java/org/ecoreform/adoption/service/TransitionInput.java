package org.ecoreform.adoption.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.validation.TextRules;

@Schema(name = "TransitionInput", description = "A status change and why")
public record TransitionInput(
        @Schema(
                enumeration = {"planned", "in-progress", "implemented", "suspended", "withdrawn"},
                example = "in-progress",
                required = true)
        @NotBlank
        String status,

        @Schema(example = "省林草局已印发实施方案", required = true)
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
        String narrative) {}
