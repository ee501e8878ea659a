package org.ecoreform.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrictDatesTest {

    record Body(LocalDate issuedOn) {}

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictDates().customize(mapper);
        return mapper;
    }

    @Test
    void readsAnIsoDate() throws Exception {
        assertThat(mapper().readValue("{\"issuedOn\":\"2021-02-25\"}", Body.class)
                        .issuedOn())
                .isEqualTo(LocalDate.of(2021, 2, 25));
        assertThat(mapper().readValue("{\"issuedOn\":null}", Body.class).issuedOn())
                .isNull();
    }

    @Test
    void refusesWhatJacksonAloneWouldTrimOrBend() {
        for (String text :
                new String[] {"2021-02-25\\u0000", " 2021-02-25", "2021-02-25\\n", "2021-2-25", "2021-02-30", "20210225"
                }) {
            assertThatThrownBy(() -> mapper().readValue("{\"issuedOn\":\"" + text + "\"}", Body.class))
                    .as(text)
                    .isInstanceOf(InvalidFormatException.class)
                    .hasMessageContaining("YYYY-MM-DD");
        }
        assertThatThrownBy(() -> mapper().readValue("{\"issuedOn\":20210225}", Body.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
