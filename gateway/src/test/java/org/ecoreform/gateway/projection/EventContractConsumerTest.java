package org.ecoreform.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.platform.testing.EventContracts;
import org.ecoreform.platform.testing.SchemaInstances;
import org.junit.jupiter.api.Test;

/**
 * The consumer's side of the event contracts: the gateway reads events generated from the schemas
 * alone — every field, and only the required ones — into its typed events, each field it reads
 * from the place the contract puts it.
 */
class EventContractConsumerTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Map<Topics, String> TYPES = Map.of(
            Topics.MEASURES, "org.ecoreform.measure.changed.v1",
            Topics.ADOPTIONS, "org.ecoreform.adoption.changed.v1",
            Topics.INDICATORS, "org.ecoreform.target.changed.v1",
            Topics.FRAMEWORK, "org.ecoreform.framework.changed.v1",
            Topics.PLAN_TASKS, "org.ecoreform.plantask.changed.v1",
            Topics.ACCOUNTABILITY, "org.ecoreform.accountability.changed.v1");

    private final EventParser parser = new EventParser(JSON);

    @Test
    void everyTopicTheGatewayProjectsHasAContract() {
        assertThat(TYPES.keySet()).containsExactlyInAnyOrder(Topics.values());
    }

    @Test
    void fullEventsAreReadFieldByField() throws IOException {
        for (Map.Entry<Topics, String> contract : TYPES.entrySet()) {
            ObjectNode sent = SchemaInstances.full(contract.getValue());
            StateEvent read = parser.parse(contract.getKey(), sent.get("id").asText(), sent.toString());
            assertThat(read.key()).isEqualTo(sent.get("id").asText());
            assertThat(SchemaInstances.misread(state(read), sent, true))
                    .as(contract.getValue())
                    .isEmpty();
        }
    }

    @Test
    void minimalEventsAreReadWithoutTheOptionalFields() throws IOException {
        for (Map.Entry<Topics, String> contract : TYPES.entrySet()) {
            ObjectNode sent = SchemaInstances.minimal(contract.getValue());
            StateEvent read = parser.parse(contract.getKey(), sent.get("id").asText(), sent.toString());
            assertThat(SchemaInstances.misread(state(read), sent, false))
                    .as(contract.getValue())
                    .isEmpty();
        }
    }

    @Test
    void theStatusesTheViewsDistinguishAreReadAsSent() throws IOException {
        for (String status : new String[] {"active", "retired"}) {
            ObjectNode measure =
                    SchemaInstances.full("org.ecoreform.measure.changed.v1").put("status", status);
            MeasureEvent read = (MeasureEvent) parser.parse(Topics.MEASURES, "N2020-03", measure.toString());
            assertThat(read.state().status()).isEqualTo(status);
            assertThat(read.state().articles())
                    .containsExactly(measure.at("/framework/0/article").asText());
        }
        for (JsonNode status :
                EventContracts.document("org.ecoreform.adoption.changed.v1").at("/properties/status/enum")) {
            ObjectNode adoption =
                    SchemaInstances.full("org.ecoreform.adoption.changed.v1").put("status", status.asText());
            AdoptionEvent read =
                    (AdoptionEvent) parser.parse(Topics.ADOPTIONS, "630000-2021-106-27", adoption.toString());
            assertThat(read.live())
                    .as(status.asText())
                    .isEqualTo(!status.asText().equals("withdrawn"));
        }
    }

    private static JsonNode state(StateEvent event) {
        if (event instanceof MeasureEvent measure) {
            return JSON.valueToTree(measure.state());
        } else if (event instanceof AdoptionEvent adoption) {
            return JSON.valueToTree(adoption.state());
        } else if (event instanceof TargetEvent target) {
            return JSON.valueToTree(target.state());
        } else if (event instanceof FrameworkEvent framework) {
            return JSON.valueToTree(framework.state());
        } else if (event instanceof PlanTaskEvent task) {
            return JSON.valueToTree(task.state());
        } else if (event instanceof AccountabilityEvent accountability) {
            return JSON.valueToTree(accountability.state());
        }
        throw new IllegalArgumentException("not a state event: " + event);
    }
}
