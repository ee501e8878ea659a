package org.ecoreform.gateway.views;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Metrics of the views, kept cheap enough for the cached path: the generic per-request HTTP timer
 * is switched off for the view paths (it cost about a tenth of a 304's time) and replaced by
 * counters resolved once per view kind and status, plus a timer on composition, the costly part.
 */
@ApplicationScoped
public class ViewMetrics {

    private final MeterRegistry registry;
    /** Per view kind: the 200 and 304 counters, resolved once (the hot path only indexes them). */
    private final Map<ViewKind, Counter[]> hot = new EnumMap<>(ViewKind.class);

    private final Timer composition;
    private final Counter projectedRecords;
    private final Counter projectionCpu;

    public ViewMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.composition = Timer.builder("ecoreform.views.composition")
                .description("Time to compose and serialise a view after the store changed")
                .register(registry);
        this.projectedRecords = Counter.builder("ecoreform.views.projected.records")
                .description("Records read from the state topics and applied to the views")
                .register(registry);
        this.projectionCpu = Counter.builder("ecoreform.views.projection.cpu.seconds")
                .description("CPU time of the thread applying the records to the views")
                .register(registry);
        for (ViewKind kind : ViewKind.values()) {
            hot.put(kind, new Counter[] {counter(kind.label(), 200), counter(kind.label(), 304)});
        }
    }

    /** The registry the view meters go to (the projection's lag gauges go there too). */
    public MeterRegistry registry() {
        return registry;
    }

    /** Counts a view answered with {@code status}. */
    public void served(ViewKind kind, int status) {
        Counter[] counters = hot.get(kind);
        if (counters != null && (status == 200 || status == 304)) {
            counters[status == 200 ? 0 : 1].increment();
        } else {
            counter(kind.label(), status).increment(); // rare: the registry finds or creates it
        }
    }

    /** Records read from the topics, and the projecting thread's CPU time spent on them (JIT and GC excluded). */
    public void projected(int records, long cpuNanos) {
        projectedRecords.increment(records);
        projectionCpu.increment(cpuNanos / 1e9);
    }

    <T> T timeComposition(Supplier<T> compose) {
        return composition.record(compose);
    }

    private Counter counter(String kind, int status) {
        return Counter.builder("ecoreform.views.served")
                .description("View responses by view kind and HTTP status")
                .tag("view", kind)
                .tag("status", String.valueOf(status))
                .register(registry);
    }
}
