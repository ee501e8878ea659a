package org.ecoreform.gateway.views;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ecoreform.gateway.domain.CatalogueEntry;
import org.ecoreform.gateway.domain.DocumentRef;
import org.ecoreform.gateway.domain.FrameworkEntry;
import org.ecoreform.gateway.domain.Summaries;

/**
 * Tells whether a rendered view is still current, without reading the store: one generation
 * counter per thing views depend on, bumped by the projector after it has written (or written
 * again) the documents of an event. A view remembers the sum of its dependencies' generations
 * read before its documents were; it is current while that sum has not moved. Each gateway
 * replica bumps its own from the events it reads, so none serves a view staler than its own lag.
 */
@ApplicationScoped
public class ViewFreshness {

    /** The maps of the national document, each a dependency of its own. */
    static final String CATALOGUE = CatalogueEntry.CATALOGUE;

    static final String MATRIX = Summaries.MATRIX;
    static final String ATTAINMENT = Summaries.ATTAINMENT;
    static final String FRAMEWORK = FrameworkEntry.FRAMEWORK;
    static final String ACCOUNTABILITY = org.ecoreform.gateway.domain.AccountabilityEntry.ACCOUNTABILITY;

    private final AtomicLong everything = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private final ConcurrentHashMap<String, AtomicLong> generations = new ConcurrentHashMap<>();

    static String province(String code) {
        return "province:" + code;
    }

    static String measure(String id) {
        return "measure:" + id;
    }

    /** The counters a view of this key depends on; resolve once per rendering, sum on every lookup. */
    public Sources sourcesOf(ViewKey key) {
        List<String> dependencies = key.kind().dependencies(key.id());
        AtomicLong[] counters = new AtomicLong[dependencies.size() + 1];
        counters[0] = everything;
        for (int i = 0; i < dependencies.size(); i++) {
            counters[i + 1] = generation(dependencies.get(i));
        }
        return new Sources(counters);
    }

    /** After the projector wrote these documents. */
    public void changed(Collection<DocumentRef> documents) {
        for (DocumentRef document : documents) {
            String dependency = switch (document.collection()) {
                case PROVINCES -> province(document.id());
                case MEASURES -> measure(document.id());
                case PROVINCE_MEASURES -> MATRIX;
                case NATIONAL ->
                    document.id(); // the map written: catalogue, matrix, attainment, framework or accountability
            };
            generation(dependency).incrementAndGet();
        }
        changes.incrementAndGet();
    }

    /** After the store was wiped: no view rendered before is current. */
    public void changedEverything() {
        everything.incrementAndGet();
        changes.incrementAndGet();
    }

    /** How many times the views changed since start (shown by the status). */
    public long revision() {
        return changes.get();
    }

    private AtomicLong generation(String dependency) {
        return generations.computeIfAbsent(dependency, k -> new AtomicLong());
    }

    /** The generation counters of one view. */
    public static final class Sources {

        private final AtomicLong[] counters;

        Sources(AtomicLong[] counters) {
            this.counters = counters;
        }

        public long stamp() {
            long sum = 0;
            for (AtomicLong counter : counters) {
                sum += counter.get();
            }
            return sum;
        }
    }
}
