package org.ecoreform.adoption.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.validation.TextRules;

@Schema(name = "ImportRequest", description = "A province's notice in tabular text form, with its metadata")
public record ImportRequest(
        @Valid @NotNull PlanInput plan,

        @Schema(
                description =
                        "The table, tab-separated, under Chinese-numbered section headings; its columns are found by their "
                                + "header in any order: 名称 (举措名称, 改革举措), 落实措施 (具体措施, 工作措施, 措施) and 责任单位 (牵头单位, 责任部门) "
                                + "are needed; 来源 (推广来源), 序号 and 完成时限 (dated deadlines become milestones) are read when present",
                example = "名称\t来源\t落实措施\t责任单位\n一、绿色金融\t\t\t\n1. 福林贷\t福建省\t推广林权抵押贷款。\t省林草局",
                required = true)
        @NotBlank
        @Size(max = 400_000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
        String text) {}
