package org.ecoreform.gateway.projection;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.ecoreform.gateway.store.ChangeFeed;
import org.jboss.logging.Logger;

/**
 * The change feed as a live stream that can be resumed: the store is read from the cursor a client
 * names (gap-free, as {@code GET /changes?cursor=} is), then the client follows the tail of the feed.
 * One poller per gateway reads the tail of the store (every half second, and at once when this
 * gateway records a change), so a client sees the changes every replica records, and the cost of
 * following does not grow with the number of clients.
 */
@ApplicationScoped
public class ChangeTail {

    private static final Logger LOG = Logger.getLogger(ChangeTail.class);
    static final int PAGE = 500;

    private final ChangeFeed feed;
    private final BroadcastProcessor<ChangeFeed.Change> tail = BroadcastProcessor.create();
    private final ScheduledExecutorService poller;
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile long cursor;

    @Inject
    public ChangeTail(ChangeFeed feed, ViewProjector projector) {
        this(feed, projector, Duration.ofMillis(500));
    }

    public ChangeTail(ChangeFeed feed, ViewProjector projector, Duration every) {
        this.feed = feed;
        List<ChangeFeed.Change> newest = feed.latest(1);
        this.cursor = newest.isEmpty() ? 0 : newest.get(0).sequence();
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "change-tail");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        projector.live().subscribe().with(change -> poller.execute(this::poll), failure -> {});
    }

    void onStop(@Observes ShutdownEvent stop) {
        close();
    }

    public void close() {
        poller.shutdownNow();
    }

    /** The last change the tail has read: where a client that names no cursor starts (read without a round trip). */
    public long position() {
        return cursor;
    }

    /** Reads what the store holds after the tail's cursor and hands it to every follower, in feed order. */
    void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        try {
            readAfter(
                    () -> cursor,
                    page -> page.forEach(change -> {
                        cursor = change.sequence();
                        tail.onNext(change);
                    }));
        } catch (RuntimeException e) {
            LOG.debugf("change tail: the store did not answer (%s); trying again", e.toString());
        } finally {
            polling.set(false);
        }
    }

    /** Reads the store page by page after where {@code from} says (asked again before each page) until it is read to its end. */
    private void readAfter(LongSupplier from, Consumer<List<ChangeFeed.Change>> handle) {
        List<ChangeFeed.Change> page;
        do {
            page = feed.since(from.getAsLong(), PAGE);
            handle.accept(page);
        } while (page.size() == PAGE);
    }

    /**
     * Every change after {@code after}, then the live ones, each once and in feed order: the tail is
     * followed from the start (its changes held back), the store read up to the present, then the
     * held changes newer than the last one read are let through.
     */
    public Multi<ChangeFeed.Change> after(long after) {
        return Multi.createFrom().<ChangeFeed.Change>emitter(emitter -> {
            Object lock = new Object();
            Queue<ChangeFeed.Change> held = new ArrayDeque<>();
            long[] last = {after};
            boolean[] replaying = {true};
            Cancellable following = tail.subscribe()
                    .with(
                            change -> {
                                synchronized (lock) {
                                    if (replaying[0]) {
                                        held.add(change);
                                    } else if (change.sequence() > last[0]) {
                                        last[0] = change.sequence();
                                        emitter.emit(change);
                                    }
                                }
                            },
                            emitter::fail);
            emitter.onTermination(following::cancel);
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                try {
                    readAfter(() -> last[0], page -> {
                        synchronized (lock) {
                            for (ChangeFeed.Change change : page) {
                                last[0] = change.sequence();
                                emitter.emit(change);
                            }
                        }
                    });
                    synchronized (lock) {
                        for (ChangeFeed.Change change : held) {
                            if (change.sequence() > last[0]) {
                                last[0] = change.sequence();
                                emitter.emit(change);
                            }
                        }
                        held.clear();
                        replaying[0] = false;
                    }
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
        });
    }
}
