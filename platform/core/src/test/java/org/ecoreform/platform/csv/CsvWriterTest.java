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
        assertThat(csv).isEqualTo("id,name,note\r\n"
                + "N2020-03,“林票”制度,\r\n"
                + "N2020-10,\"a, b\",\"say \"\"hi\"\"\nbye\"\r\n");
    }
}
