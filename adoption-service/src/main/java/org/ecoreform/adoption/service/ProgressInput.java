package org.ecoreform.adoption.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.validation.TextRules;

/** A progress report on a record: from which day, which status, what was done, on what evidence; or the correction of an entry. */
@Schema(name = "ProgressInput")
public record ProgressInput(
        @Schema(
                description = "The day the reported status took effect; not after today (China Standard Time)",
                example = "2022-06-30",
                required = true)
        @NotNull
        LocalDate effectiveOn,

        @Schema(
                description = "The status from that day: the current one, or a move it allows",
                enumeration = {"planned", "in-progress", "implemented", "suspended", "withdrawn"},
                example = "in-progress",
                required = true)
        @NotBlank
        String status,

        @Schema(description = "What was done", example = "省林草局印发《青海省森林康养基地建设实施方案》，确定首批试点4处。", required = true)
        @NotBlank
        @Size(max = 20000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
        String narrative,

        @Size(max = 20) List<@Valid @NotNull EvidenceInput> evidence,

        @Schema(
                description = "The id of the entry of this record's history that this report corrects; it stays in "
                        + "the history, marked correctedBy",
                example = "1234")
        @Min(1)
        @Max(Long.MAX_VALUE)
        Long corrects) {

    public ProgressInput {
        evidence = evidence == null ? List.of() : evidence;
    }

    @Schema(name = "EvidenceInput", description = "A document the report rests on")
    public record EvidenceInput(
            @Schema(example = "青林草〔2022〕45号")
            @Size(max = 200)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String documentNumber,

            @Schema(example = "青海省森林康养基地建设实施方案", required = true)
            @NotBlank
            @Size(max = 500)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String title,

            @Schema(example = "2022-06-18") LocalDate issuedOn,

            @Schema(
                    description = "Where the document is published: an http or https address",
                    example = "https://lcj.qinghai.gov.cn/xxgk/2022/45.html")
            @Size(max = 2000)
            @Pattern(regexp = "^https?://[^\\s]+$", message = "must be an http or https address")
            String url,

            @Schema(description = "The passage of the document relied on")
            @Size(max = 5000)
            @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String excerpt,

            @Size(max = 50) List<@Valid @NotNull FigureInput> figures) {}

    @Schema(name = "FigureInput", description = "A figure achieved: 4 处 森林康养试点基地")
    public record FigureInput(
            @Schema(example = "4", required = true) @NotNull BigDecimal value,

            @Schema(example = "处", required = true)
            @NotBlank
            @Size(max = 20)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String unit,

            @Schema(example = "森林康养试点基地", required = true)
            @NotBlank
            @Size(max = 200)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String what) {}
}
