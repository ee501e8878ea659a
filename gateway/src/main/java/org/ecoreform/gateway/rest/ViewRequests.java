package org.ecoreform.gateway.rest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecoreform.gateway.views.ViewKey;
import org.ecoreform.gateway.views.ViewKind;
import org.ecoreform.platform.problem.ApiException;

/** A view request's key from its path values and {@code fields} parameter, read the same way by the cached route and the resource. */
final class ViewRequests {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z]{1,40}");

    private ViewRequests() {}

    /** Throws a 400 problem for a {@code fields} parameter that is not comma-separated top-level field names. */
    static ViewKey key(ViewKind kind, String id, String fieldsParameter) {
        return ViewKey.of(kind, id, fields(kind, fieldsParameter));
    }

    private static Set<String> fields(ViewKind kind, String fields) {
        if (fields == null || fields.isBlank()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (String name : fields.split(",")) {
            String field = name.strip();
            if (field.isEmpty()) {
                continue;
            }
            if (!FIELD.matcher(field).matches()) {
                throw ApiException.badRequest("fields", "must be comma-separated field names");
            }
            if (!kind.fields().contains(field)) {
                throw ApiException.badRequest(
                        "fields",
                        "has no field " + field + "; the " + kind.label() + " view has: "
                                + String.join(", ", kind.fields()));
            }
            names.add(field);
        }
        return names;
    }
}
