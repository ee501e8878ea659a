package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoreform.gateway.domain.Topics;
import org.jboss.logging.Logger;

/**
 * Reads a record of a state topic into its typed event. A record without a key, without a
 * version or that is not JSON is logged and skipped: it cannot be placed in any view.
 */
public final class EventParser {

    private static final Logger LOG = Logger.getLogger(EventParser.class);

    private final ObjectMapper mapper;
    private final ObjectReader measures;
    private final ObjectReader adoptions;
    private final ObjectReader targets;
    private final ObjectReader frameworks;
    private final ObjectReader planTasks;
    private final ObjectReader accountability;

    public EventParser(ObjectMapper mapper) {
        this.mapper = mapper;
        ObjectReader tolerant = mapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.measures = tolerant.forType(MeasureEvent.State.class);
        this.adoptions = tolerant.forType(AdoptionEvent.State.class);
        this.targets = tolerant.forType(TargetEvent.State.class);
        this.frameworks = tolerant.forType(FrameworkEvent.State.class);
        this.planTasks = tolerant.forType(PlanTaskEvent.State.class);
        this.accountability = tolerant.forType(AccountabilityEvent.State.class);
    }

    public Optional<StateEvent> parse(ConsumerRecord<String, String> record) {
        if (record.key() == null) {
            return Optional.empty();
        }
        Topics topic = Topics.of(record.topic());
        if (record.value() == null) {
            return Optional.of(new StateEvent.Tombstone(topic, record.key()));
        }
        try {
            return Optional.of(parse(topic, record.key(), record.value()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.errorf(
                    "Skipping unreadable event %s at %s-%d@%d: %s",
                    record.key(), record.topic(), record.partition(), record.offset(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The typed event of one state; throws on a state that is not JSON or has no numeric version. */
    public StateEvent parse(Topics topic, String key, String value) throws IOException {
        JsonNode tree = mapper.readTree(value);
        JsonNode version = tree.path("version");
        if (!version.isIntegralNumber()) {
            throw new IllegalArgumentException("no version");
        }
        return switch (topic) {
            case MEASURES -> new MeasureEvent(key, version.asLong(), measures.readValue(tree), value);
            case ADOPTIONS -> new AdoptionEvent(key, version.asLong(), adoptions.readValue(tree));
            case INDICATORS -> new TargetEvent(key, version.asLong(), targets.readValue(tree));
            case FRAMEWORK -> new FrameworkEvent(key, version.asLong(), frameworks.readValue(tree));
            case PLAN_TASKS -> new PlanTaskEvent(key, version.asLong(), planTasks.readValue(tree));
            case ACCOUNTABILITY -> new AccountabilityEvent(key, version.asLong(), accountability.readValue(tree));
        };
    }
}
