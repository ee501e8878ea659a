package org.ecoreform.adoption.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * A province's adoption notice as parsed: its header (when found), its table rows, the lines that
 * are not rows, and notes on how the table was read (its columns, what was left unread).
 */
public record ParsedNotice(Header header, List<Row> rows, List<RejectedRow> rejected, List<String> notes) {

    /** What the notice says about itself; any part may be missing from a pasted table. */
    public record Header(String documentNumber, String title, String issuingBody, LocalDate issuedOn) {}

    /**
     * One row: 名称 / 来源 / 落实措施 / 责任单位, cleaned of HTML, under the section heading it
     * stands in; {@code line} is 1-based in the source; {@code deadline} is the 完成时限 as written
     * (null without one) and {@code dueDates} the dates it names.
     */
    public record Row(
            int number,
            String section,
            String name,
            List<String> sourceProvinceNames,
            String actions,
            List<String> responsibleUnits,
            int line,
            String deadline,
            List<LocalDate> dueDates) {}

    /** A line of the table that is not a valid row, and why. */
    public record RejectedRow(int line, String text, String reason) {}
}
