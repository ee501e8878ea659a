package org.ecoreform.platform.events;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * What a consumer of state topics keeps: a projection of the events and, stored with it, the
 * offsets it reached. {@link StateTopicConsumer} drives it.
 */
public interface TopicProjection {

    /** The next offset to read per partition, as stored with the projection (absent = offset 0). */
    Map<TopicPartition, Long> storedOffsets();

    /**
     * Applies a batch (in partition order) and stores {@code nextOffsets} with what it produced,
     * in one unit where the store allows it, so that a crash never skips an event.
     */
    void apply(List<ConsumerRecord<String, String>> batch, Map<TopicPartition, Long> nextOffsets);

    /** Forgets the projection and its offsets: the topics are then read again from offset 0. */
    void wipe();
}
