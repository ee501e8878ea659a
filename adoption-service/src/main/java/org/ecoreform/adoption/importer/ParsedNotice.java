package org.ecoreform.adoption.importer;

import java.time.LocalDate;
import java.util.List;

/** A province's adoption notice as parsed: its header (when found) and its table rows. */
public record ParsedNotice(Header header, List<Row> rows, List<RejectedRow> rejected) {

    /** What the notice says about itself; any part may be missing from a pasted table. */
    public record Header(String documentNumber, String title, String issuingBody, LocalDate issuedOn) {
    }

    /**
     * One row: 名称 / 来源 / 落实措施 / 责任单位, cleaned of HTML, under the section heading it
     * stands in; {@code line} is 1-based in the source text.
     */
    public record Row(int number, String section, String name, List<String> sourceProvinceNames,
                      String actions, List<String> responsibleUnits, int line) {
    }

    /** A line of the table that is not a valid row, and why. */
    public record RejectedRow(int line, String text, String reason) {
    }
}
