package org.ecoreform.measures.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Read-only representations of the catalogue's codelists. */
public final class CatalogueViews {

    private CatalogueViews() {}

    @Schema(name = "MeasureList", description = "A published list (batch) of measures")
    public record ListView(
            @Schema(example = "N2020") String code,
            @Schema(example = "发改环资〔2020〕1793号") String documentNumber,
            @Schema(example = "国家生态文明试验区改革举措和经验做法推广清单") String title,
            @Schema(example = "国家发展改革委") String issuer,
            @Schema(example = "2020-11-25") LocalDate issuedOn,
            @Schema(example = "000_7b19ea8164b41faf.txt") String sourceFile,
            @Schema(example = "90") long measureCount) {}

    @Schema(name = "Category")
    public record CategoryView(
            @Schema(example = "C09") String id,
            @Schema(example = "N2020") String listCode,
            @Schema(example = "9") int ordinal,
            @Schema(example = "绿色金融") String nameZh,
            @Schema(example = "Green finance") String nameEn,

            @Schema(description = "Measures in the category, retired ones included", example = "9")
            long measureCount,

            @Schema(example = "9") long activeMeasureCount,

            @Schema(
                    description = "The institutional systems of the policy framework its measures are placed in",
                    example = "[\"F2015-S7\"]")
            List<String> frameworkSystems,

            @Schema(
                    description = "The system the category itself serves (reference/category-systems.tsv)",
                    example = "F2015-S7")
            String frameworkSystem) {}

    @Schema(name = "Department")
    public record DepartmentView(
            @Schema(example = "mohurd") String id,
            @Schema(example = "住房和城乡建设部") String nameZh,

            @Schema(example = "Ministry of Housing and Urban-Rural Development")
            String nameEn,

            @Schema(example = "[\"住房城乡建设部\"]") List<String> aliases,
            @Schema(example = "13") long measureCount) {}

    @Schema(name = "Province")
    public record ProvinceView(
            @Schema(example = "350000") String code,
            @Schema(example = "福建省") String nameZh,
            @Schema(example = "Fujian") String nameEn,

            @Schema(description = "One of the national ecological-civilization pilot zones", example = "true")
            boolean pilotZone,

            @Schema(description = "Measures of the catalogue that come from this province", example = "45")
            long sourceMeasureCount) {}
}
