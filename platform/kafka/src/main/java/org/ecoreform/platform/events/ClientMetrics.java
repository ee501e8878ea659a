package org.ecoreform.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * A Kafka client's own metrics (request latency, records sent or fetched, bytes, connection and
 * authentication failures …) published through Micrometer for as long as the client lives. Quarkus
 * binds the clients it creates itself; the project builds its clients by hand, so it binds them here.
 * Closing unbinds them: a client made again after a failure registers afresh.
 */
public final class ClientMetrics implements AutoCloseable {

    private static final ClientMetrics NONE = new ClientMetrics(null);

    private final KafkaClientMetrics binder;

    private ClientMetrics(KafkaClientMetrics binder) {
        this.binder = binder;
    }

    /** Binds a consumer's metrics, tagged {@code client=<name>}; does nothing without a registry. */
    public static ClientMetrics bind(Consumer<?, ?> consumer, String name, MeterRegistry registry) {
        return registry == null ? NONE : bound(new KafkaClientMetrics(consumer, Tags.of("client", name)), registry);
    }

    /** Binds a producer's metrics, tagged {@code client=<name>}; does nothing without a registry. */
    public static ClientMetrics bind(Producer<?, ?> producer, String name, MeterRegistry registry) {
        return registry == null ? NONE : bound(new KafkaClientMetrics(producer, Tags.of("client", name)), registry);
    }

    private static ClientMetrics bound(KafkaClientMetrics binder, MeterRegistry registry) {
        binder.bindTo(registry);
        return new ClientMetrics(binder);
    }

    @Override
    public void close() {
        if (binder != null) {
            binder.close();
        }
    }
}
