package org.ecoreform.adoption.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.validation.TextRules;

@Schema(name = "WithdrawalInput")
public record WithdrawalInput(
        @Schema(example = "并入新的实施方案", required = true)
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
        String narrative) {}
