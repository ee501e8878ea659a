package org.ecoreform.measures.importer;

import java.time.LocalDate;
import java.util.List;

/** What the NDRC notice says, as parsed, before any codelist is applied. */
public record ParsedCatalogue(ListHeader list, List<CategoryRow> categories, List<MeasureRow> measures) {

    /** The notice that publishes the list. */
    public record ListHeader(
            String code, String documentNumber, String title, String issuer, LocalDate issuedOn, String sourceFile) {}

    /** A category heading such as "九、绿色金融" at {@code line} (1-based) of the document. */
    public record CategoryRow(String id, int ordinal, String nameZh, int line) {}

    /** One row of the table: 名称 / 具体内容 / 来源 / 指导部门, with names as written. */
    public record MeasureRow(
            int number,
            String categoryId,
            String name,
            String content,
            List<String> sourceProvinceNames,
            List<String> departmentNames,
            int line) {

        public String id(String listCode) {
            return MeasureIds.of(listCode, number);
        }
    }
}
