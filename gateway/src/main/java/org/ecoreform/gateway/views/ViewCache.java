package org.ecoreform.gateway.views;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Rendered views by cache key; a view is served from here only while it is current. */
@ApplicationScoped
public class ViewCache {

    /** Keys vary with the fields asked for: bounded so that odd selections cannot fill the heap. */
    static final int CAPACITY = 2_000;

    static final long CAPACITY_BYTES = 32L << 20;

    private final ConcurrentHashMap<String, RenderedView> rendered = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

    /** The view rendered for the key if nothing it depends on changed since; never blocks. */
    public Optional<RenderedView> current(ViewKey key) {
        RenderedView view = rendered.get(key.cacheKey());
        return view != null && view.isCurrent() ? Optional.of(view) : Optional.empty();
    }

    void put(ViewKey key, RenderedView view) {
        if (rendered.size() >= CAPACITY || bytes.get() >= CAPACITY_BYTES) {
            rendered.clear(); // rare: each key is rendered again on its next request
            bytes.set(0);
        }
        RenderedView replaced = rendered.put(key.cacheKey(), view);
        // identity bytes counted; compressed forms add about a quarter more
        bytes.addAndGet(view.identity().body().length
                - (replaced == null ? 0 : replaced.identity().body().length));
    }
}
