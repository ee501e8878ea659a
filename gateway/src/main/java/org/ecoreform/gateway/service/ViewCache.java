package org.ecoreform.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Rendered views by cache key; a view is served from here only while it is current. */
@ApplicationScoped
public class ViewCache {

    /** Keys vary with the fields asked for: bounded so that odd selections cannot fill the heap. */
    static final int CAPACITY = 10_000;

    private final ConcurrentHashMap<String, RenderedView> rendered = new ConcurrentHashMap<>();

    /** The view rendered for the key if nothing it depends on changed since; never blocks. */
    public Optional<RenderedView> current(ViewKey key) {
        RenderedView view = rendered.get(key.cacheKey());
        return view != null && view.isCurrent() ? Optional.of(view) : Optional.empty();
    }

    void put(ViewKey key, RenderedView view) {
        if (rendered.size() >= CAPACITY) {
            rendered.clear();
        }
        rendered.put(key.cacheKey(), view);
    }
}
