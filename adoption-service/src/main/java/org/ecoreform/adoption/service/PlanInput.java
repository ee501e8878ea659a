package org.ecoreform.adoption.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.validation.TextRules;

@Schema(name = "PlanInput", description = "The notice a province adopts measures with")
public record PlanInput(
        @Schema(example = "630000", required = true)
        @NotBlank
        @Pattern(regexp = "^[1-9][0-9]{5}$", message = "must be a six-digit GB/T 2260 code")
        String province,

        @Schema(example = "青海省发展和改革委员会", required = true)
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
        String issuingBody,

        @Schema(example = "青发改生态〔2021〕106号", required = true)
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
        String documentNumber,

        @Schema(example = "2021-02-25", required = true) @NotNull
        LocalDate issuedOn,

        @Schema(example = "关于印发青海省贯彻落实《国家生态文明试验区改革举措和经验做法推广清单》的通知", required = true)
        @NotBlank
        @Size(max = 500)
        @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
        String title) {}
