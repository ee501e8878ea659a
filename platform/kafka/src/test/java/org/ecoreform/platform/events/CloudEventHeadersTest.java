package org.ecoreform.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private static final String RFC_3339_UTC = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$";

    @Test
    void timeIsRfc3339InUtcWithSecondsAlwaysWritten() {
        assertThat(CloudEventHeaders.time(OffsetDateTime.of(2021, 2, 25, 10, 15, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2021-02-25T10:15:00Z")
                .matches(RFC_3339_UTC);
        assertThat(CloudEventHeaders.time(OffsetDateTime.of(2021, 2, 25, 18, 15, 7, 0, ZoneOffset.ofHours(8))))
                .as("converted to UTC")
                .isEqualTo("2021-02-25T10:15:07Z");
        assertThat(CloudEventHeaders.time(OffsetDateTime.of(2021, 2, 25, 10, 15, 7, 120_000_000, ZoneOffset.UTC)))
                .isEqualTo("2021-02-25T10:15:07.120Z")
                .matches(RFC_3339_UTC);
    }
}
