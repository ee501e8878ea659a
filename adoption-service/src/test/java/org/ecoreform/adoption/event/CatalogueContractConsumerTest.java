package org.ecoreform.adoption.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.ecoreform.platform.catalogue.CatalogueMeasureChanged;
import org.ecoreform.platform.testing.SchemaInstances;
import org.junit.jupiter.api.Test;

/** The catalogue replica reads measure events generated from the contract alone, field by field. */
class CatalogueContractConsumerTest {

    private static final String MEASURE_CHANGED = "org.ecoreform.measure.changed.v1";
    /** Configured as the service's own mapper is (Quarkus: java.time types, dates as ISO text). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Test
    void aFullEventIsReadFromTheFieldsTheContractNames() throws IOException {
        ObjectNode sent = SchemaInstances.full(MEASURE_CHANGED);
        CatalogueMeasureChanged read = JSON.readValue(sent.toString(), CatalogueMeasureChanged.class);

        assertThat(SchemaInstances.misread(JSON.valueToTree(read), sent, true)).isEmpty();
        assertThat(read.sourceProvinceCodes())
                .containsExactly(sent.at("/sourceProvinces/0/id").asText());
    }

    @Test
    void aMinimalEventIsReadWithoutTheOptionalFields() throws IOException {
        ObjectNode sent = SchemaInstances.minimal(MEASURE_CHANGED);
        CatalogueMeasureChanged read = JSON.readValue(sent.toString(), CatalogueMeasureChanged.class);

        assertThat(SchemaInstances.misread(JSON.valueToTree(read), sent, false)).isEmpty();
        assertThat(read.version()).isEqualTo(sent.get("version").asLong());
        assertThat(read.sourceProvinceCodes()).isEmpty();
    }

    @Test
    void fieldsAddedWithinV1AreIgnored() throws IOException {
        ObjectNode sent = SchemaInstances.full(MEASURE_CHANGED);
        sent.put("summaryEn", "a field a later .v1 producer adds")
                .putObject("review")
                .put("due", "2027-01-01");

        assertThat(JSON.readValue(sent.toString(), CatalogueMeasureChanged.class)
                        .name())
                .isEqualTo(sent.get("name").asText());
    }
}
