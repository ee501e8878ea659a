package org.ecoreform.indicators.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.validation.IdPatterns;
import org.ecoreform.platform.validation.TextRules;

/** Request bodies of the indicators API. */
public final class Inputs {
    static final String PROVINCE = "^[1-9][0-9]{5}$";
    static final String INDICATOR = "^[a-z][a-z0-9-]{1,59}$";
    static final String MEASURE = IdPatterns.MEASURE;

    private Inputs() {}

    @Schema(name = "IndicatorInput")
    public record IndicatorInput(
            @Schema(description = "Slug; create only", example = "ozone-8h-90th")
            @Pattern(regexp = INDICATOR, message = "must be a lower-case slug")
            String id,

            @Schema(example = "臭氧日最大8小时平均浓度第90百分位数", required = true)
            @NotBlank
            @Size(max = 200)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String nameZh,

            @Schema(example = "Ozone, 90th percentile of daily maximum 8-hour mean", required = true)
            @NotBlank
            @Size(max = 200)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String nameEn,

            @Schema(example = "µg/m³")
            @Size(max = 40)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String unit,

            @Schema(
                    enumeration = {"higher", "lower"},
                    example = "lower",
                    required = true)
            @NotNull
            @Pattern(regexp = "^(higher|lower)$", message = "must be higher or lower")
            String direction,

            @Schema(example = "air", required = true)
            @NotBlank
            @Pattern(regexp = "^[a-z]{2,40}$", message = "must be a lower-case word such as air")
            String theme) {}

    @Schema(name = "TargetInput")
    public record TargetInput(
            @Schema(example = "630000", required = true)
            @NotNull
            @Pattern(regexp = PROVINCE, message = "must be a six-digit GB/T 2260 code")
            String province,

            @Schema(example = "forest-coverage", required = true)
            @NotNull
            @Pattern(regexp = INDICATOR, message = "must be an indicator id")
            String indicator,

            @Schema(
                    enumeration = {"≥", "≤", "=", "eliminate", "increase", "decrease", "qualitative"},
                    example = "≥",
                    required = true)
            @NotBlank
            String comparator,

            @Schema(
                    description =
                            "Required for ≥, ≤ and =; for increase/decrease, an optional change in % against baselineYear",
                    example = "35")
            @DecimalMin("-1000000000")
            @DecimalMax("1000000000")
            BigDecimal value,

            @Schema(example = "2025", required = true) @NotNull @Min(1990) @Max(2100)
            Integer year,

            @Schema(example = "30.3") @DecimalMin("-1000000000") @DecimalMax("1000000000")
            BigDecimal baselineValue,

            @Schema(example = "2020") @Min(1950) @Max(2100) Integer baselineYear,

            @Schema(description = "The wording of the target, as published", example = "到2025年，全省森林覆盖率达到35%")
            @Size(max = 2000)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String sentence,

            @Schema(description = "Document the target was published in", example = "青海省“十四五”生态环境保护规划")
            @Size(max = 200)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String document) {}

    @Schema(name = "ObservationInput")
    public record ObservationInput(
            @Schema(example = "360000", required = true)
            @NotNull
            @Pattern(regexp = PROVINCE, message = "must be a six-digit GB/T 2260 code")
            String province,

            @Schema(example = "forest-coverage", required = true)
            @NotNull
            @Pattern(regexp = INDICATOR, message = "must be an indicator id")
            String indicator,

            @Schema(example = "2019", required = true) @NotNull @Min(1990) @Max(2100)
            Integer period,

            @Schema(example = "61.2", required = true) @NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000")
            BigDecimal value,

            @Schema(
                    enumeration = {"provisional", "verified"},
                    example = "provisional",
                    required = true)
            @NotNull
            @Pattern(regexp = "^(provisional|verified)$", message = "must be provisional or verified")
            String status,

            @Schema(example = "江西省统计年鉴2020", required = true)
            @NotBlank
            @Size(max = 500)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String source) {}

    @Schema(name = "CorrectionInput", description = "A corrected value; the earlier one is kept")
    public record CorrectionInput(
            @Schema(example = "61.4", required = true) @NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000")
            BigDecimal value,

            @Schema(
                    enumeration = {"provisional", "verified"},
                    example = "verified",
                    required = true)
            @NotNull
            @Pattern(regexp = "^(provisional|verified)$", message = "must be provisional or verified")
            String status,

            @Schema(example = "江西省统计年鉴2020（修订）", required = true)
            @NotBlank
            @Size(max = 500)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String source) {}

    @Schema(
            name = "TargetImportInput",
            description = "A plan's text and what identifies it; its target sentences are found by the server")
    public record TargetImportInput(
            @Schema(example = "350000", required = true)
            @NotNull
            @Pattern(regexp = PROVINCE, message = "must be a six-digit GB/T 2260 code")
            String province,

            @Schema(example = "福建省生态环境保护“十四五”规划", required = true)
            @NotBlank
            @Size(max = 300)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String title,

            @Schema(example = "闽政〔2021〕20号")
            @Size(max = 100)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String documentNumber,

            @Schema(example = "2021-10-25", required = true) @NotNull @PastOrPresent
            LocalDate issuedOn,

            @Schema(
                    description =
                            "The plan's text, or the part of it that states its targets; lines are numbered from 1 in the report",
                    example = "到2025年，全省森林覆盖率保持在66%以上，单位地区生产总值能耗比2020年下降14%。",
                    required = true)
            @NotBlank
            @Size(max = 200000)
            @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String text) {}

    @Schema(
            name = "LinkDecisionInput",
            description =
                    "An editor's decision on which national measures a plan task became; kept through every later linking")
    public record LinkDecisionInput(
            @Schema(description = "Measures the task became, whatever the matcher scores", example = "[\"N2020-69\"]")
            @Size(max = 20)
            List<@NotNull @Pattern(regexp = MEASURE, message = "must be a measure id such as N2020-03") String> link,

            @Schema(
                    description = "Measures the task did not become, even if the matcher links them",
                    example = "[\"N2020-50\"]")
            @Size(max = 20)
            List<@NotNull @Pattern(regexp = MEASURE, message = "must be a measure id such as N2020-03") String>
                    unlink) {

        public LinkDecisionInput {
            link = link == null ? List.of() : List.copyOf(link);
            unlink = unlink == null ? List.of() : List.copyOf(unlink);
        }
    }

    @Schema(
            name = "CompletionInput",
            description = "A plan task reported done: on which day, what was done, on which document")
    public record CompletionInput(
            @Schema(example = "2018-06-30", required = true) @NotNull
            LocalDate on,

            @Schema(example = "省自然资源厅印发《江西省自然资源资产负债表编制制度（试行）》", required = true)
            @NotBlank
            @Size(max = 5000)
            @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String narrative,

            @Schema(example = "赣自然资发〔2018〕12号")
            @Size(max = 200)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String documentNumber,

            @Schema(example = "https://bnr.jiangxi.gov.cn/2018/12.html")
            @Size(max = 2000)
            @Pattern(regexp = "^https?://[^\\s]+$", message = "must be an http or https address")
            String url) {}

    @Schema(
            name = "AccountabilityInput",
            description = "Where a province stands with an institution of F2015-S8 from a day, on a document")
    public record AccountabilityInput(
            @Schema(
                    enumeration = {"planned", "piloting", "established"},
                    example = "established",
                    required = true)
            @NotNull
            @Pattern(regexp = "^(planned|piloting|established)$", message = "must be planned, piloting or established")
            String status,

            @Schema(example = "2018-06-30", required = true) @NotNull
            LocalDate effectiveOn,

            @Schema(example = "省政府印发自然资源资产负债表编制制度，在全省编制", required = true)
            @NotBlank
            @Size(max = 5000)
            @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String narrative,

            @Schema(example = "赣府厅发〔2018〕20号")
            @Size(max = 200)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String documentNumber,

            @Schema(example = "江西省自然资源资产负债表编制制度（试行）")
            @Size(max = 500)
            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String documentTitle,

            @Schema(example = "2018-06-20") @PastOrPresent LocalDate issuedOn,

            @Schema(example = "https://www.jiangxi.gov.cn/2018/20.html")
            @Size(max = 2000)
            @Pattern(regexp = "^https?://[^\\s]+$", message = "must be an http or https address")
            String url,

            @Schema(description = "The places piloting it, when it changes them", example = "[\"萍乡市\", \"吉安市\"]")
            @Size(max = 50)
            List<
                            @NotBlank @Size(max = 100)
                            @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE) String>
                    pilotPlaces) {}
}
