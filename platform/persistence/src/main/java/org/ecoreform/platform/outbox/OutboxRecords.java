package org.ecoreform.platform.outbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.ecoreform.platform.contracts.EventSchemas;
import org.ecoreform.platform.events.CloudEventHeaders;

/** An outbox row as the Kafka record it is published as: a CloudEvent in binary mode (DESIGN.md's envelope). */
final class OutboxRecords {

    private OutboxRecords() {}

    /** The record of an outbox row: keyed by its aggregate, the payload as value, the CloudEvent attributes as headers. */
    static ProducerRecord<String, String> of(OutboxEvent event, OutboxConfig config) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, event.eventId.toString());
        header(headers, CloudEventHeaders.SOURCE, config.source());
        header(headers, CloudEventHeaders.TYPE, event.eventType);
        header(headers, CloudEventHeaders.TIME, CloudEventHeaders.time(event.occurredAt));
        header(headers, CloudEventHeaders.SUBJECT, event.aggregateId);
        if (event.requestId != null) {
            header(headers, CloudEventHeaders.REQUEST_ID, event.requestId);
        }
        if (event.payload != null) {
            header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            header(
                    headers,
                    CloudEventHeaders.DATA_SCHEMA,
                    EventSchemas.dataSchema(config.publicUrl(), event.eventType));
        }
        return new ProducerRecord<>(event.topic, null, event.aggregateId, event.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
