package org.ecoreform.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesOnlyWhatNeedsIt() {
        String csv = new CsvWriter(List.of("id", "name", "note"))
                .row(Arrays.asList("N2020-03", "“林票”制度", null))
                .row(List.of("N2020-10", "a, b", "say \"hi\"\nbye"))
                .toString();
        assertThat(csv)
                .isEqualTo(
                        "id,name,note\r\n" + "N2020-03,“林票”制度,\r\n" + "N2020-10,\"a, b\",\"say \"\"hi\"\"\nbye\"\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefused() {
        String csv = new CsvWriter(List.of("cell"))
                .row(List.of("=HYPERLINK(\"http://x\")"))
                .row(List.of("+1"))
                .row(List.of("-2"))
                .row(List.of("@SUM(A1)"))
                .row(List.of("\tx"))
                .row(List.of(new java.math.BigDecimal("-1.5")))
                .row(List.of("a=b"))
                .toString();
        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "cell", "\"'=HYPERLINK(\"\"http://x\"\")\"", "'+1", "'-2", "'@SUM(A1)", "'\tx", "-1.5", "a=b");
    }

    @Test
    void timesKeepTheirSeconds() {
        assertThat(CsvWriter.line(List.of(java.time.OffsetDateTime.parse("2021-02-25T10:15:00Z"))))
                .isEqualTo("2021-02-25T10:15:00Z\r\n");
    }
}
