package org.ecoreform.gateway.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves views: from the cache while current, else composed by the composer of their kind,
 * serialised once and cached. A view is labelled with the generations of what it depends on as
 * read before its documents, so a change landing during composition makes it stale at once.
 */
@ApplicationScoped
public class ViewService {

    private final Map<ViewKind, ViewComposer> composers = new EnumMap<>(ViewKind.class);
    private final ViewCache cache;
    private final ViewFreshness freshness;
    private final ObjectMapper mapper;
    private final ViewMetrics metrics;

    public ViewService(
            @All List<ViewComposer> composers,
            ViewCache cache,
            ViewFreshness freshness,
            ObjectMapper mapper,
            ViewMetrics metrics) {
        composers.forEach(composer -> this.composers.put(composer.kind(), composer));
        this.cache = cache;
        this.freshness = freshness;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    /** The view as rendered while current, if it is; never blocks. */
    public Optional<RenderedView> cached(ViewKey key) {
        return cache.current(key);
    }

    /** The current view, composed if needed (reads the store: may block). */
    public RenderedView render(ViewKey key) {
        Optional<RenderedView> cached = cache.current(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        ViewFreshness.Sources sources = freshness.sourcesOf(key);
        long stamp = sources.stamp();
        RenderedView view = metrics.timeComposition(() -> new RenderedView(
                key.kind(),
                sources,
                stamp,
                serialise(key, composers.get(key.kind()).compose(key.id()))));
        cache.put(key, view);
        return view;
    }

    private byte[] serialise(ViewKey key, Object view) {
        try {
            if (key.fields().isEmpty()) {
                return mapper.writeValueAsBytes(view);
            }
            ObjectNode tree = mapper.valueToTree(view);
            tree.retain(key.fields());
            return mapper.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
