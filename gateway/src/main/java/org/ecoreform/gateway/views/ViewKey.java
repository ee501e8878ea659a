package org.ecoreform.gateway.views;

import java.util.Set;
import java.util.TreeSet;

/** Which view, for which id, with which top-level fields (none = all): the cache key of a rendered view. */
public record ViewKey(ViewKind kind, String id, Set<String> fields, String cacheKey) {

    /** The id of the one overview. */
    public static final String OVERVIEW_ID = OverviewComposer.ID;

    /** The id of the framework the framework view shows. */
    public static final String FRAMEWORK_ID = FrameworkComposer.ID;

    /** The cache key is built once here, not on every lookup. */
    public static ViewKey of(ViewKind kind, String id, Set<String> fields) {
        String selection = fields.isEmpty() ? "" : String.join(",", new TreeSet<>(fields));
        return new ViewKey(kind, id, Set.copyOf(fields), kind.label() + ":" + id + "?" + selection);
    }
}
