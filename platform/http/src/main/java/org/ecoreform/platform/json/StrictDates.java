package org.ecoreform.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates in request bodies are exactly {@code YYYY-MM-DD}. Jackson's own reader trims the text first,
 * so "2021-06-30" followed by a NUL or other control character was read as a valid date.
 */
@Singleton
public class StrictDates implements ObjectMapperCustomizer {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Applied last: Jackson asks the module registered last first, so this reader is the one used. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("ecoreform-strict-dates").addDeserializer(LocalDate.class, new LocalDateReader()));
    }

    static final class LocalDateReader extends StdScalarDeserializer<LocalDate> {

        LocalDateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // a day that does not exist, such as 2021-02-30: reported below
                }
            }
            throw InvalidFormatException.from(
                    parser, "must be a date written YYYY-MM-DD, such as 2021-02-25", text, LocalDate.class);
        }
    }
}
