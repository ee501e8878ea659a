package org.ecoreform.platform.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the operation does not take is a 400 that names it and the ones it does take:
 * a misspelt filter ({@code ?provinces=630000}) would otherwise be ignored and answer every
 * province. The names an operation takes are read once from its method's {@code @QueryParam}s. A
 * parameter given twice is a 400 too, not its first value, unless the operation takes it as a list
 * (a filter's alternatives).
 */
public class UnknownQueryParameters {

    private final Map<Method, Declared> known = new ConcurrentHashMap<>();

    /** The query parameters of one operation, and those of them that take several values. */
    private record Declared(Set<String> names, Set<String> lists, boolean read) {}

    @ServerRequestFilter
    public void refuseUnknown(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getQueryParameters().isEmpty()) {
            return;
        }
        Declared declared = known.computeIfAbsent(method, UnknownQueryParameters::declared);
        Set<String> takes = declared.names();
        String lang = uri.getQueryParameters().getFirst(Language.PARAMETER);
        if (lang != null && declared.read()) {
            Language.parameter(lang); // zh or en, else a 400 naming it
        }
        List<String> unknown = uri.getQueryParameters().keySet().stream()
                .filter(name -> !takes.contains(name))
                .sorted()
                .toList();
        if (unknown.isEmpty()) {
            refuseRepeated(uri, declared.lists());
            return;
        }
        String accepted = takes.isEmpty() ? "none" : String.join(", ", takes);
        throw new ApiException(
                ProblemKind.BAD_REQUEST,
                "unknown query parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                        + "; this operation takes: " + accepted,
                unknown.stream()
                        .map(name -> new Problem.FieldError(name, "unknown query parameter; known: " + accepted))
                        .toList());
    }

    /**
     * A parameter given twice is refused rather than read as its first value: {@code
     * status=planned&status=in-progress} would otherwise answer the planned records alone.
     */
    private static void refuseRepeated(UriInfo uri, Set<String> lists) {
        List<String> repeated = uri.getQueryParameters().entrySet().stream()
                .filter(parameter -> parameter.getValue().size() > 1 && !lists.contains(parameter.getKey()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (!repeated.isEmpty()) {
            throw new ApiException(
                    ProblemKind.BAD_REQUEST,
                    "query parameter" + (repeated.size() > 1 ? "s " : " ") + String.join(", ", repeated)
                            + " given more than once; each takes one value",
                    repeated.stream()
                            .map(name -> new Problem.FieldError(name, "given more than once; takes one value"))
                            .toList());
        }
    }

    /** The names of the method's {@code @QueryParam}s, sorted (for the message), and its lists. */
    private static Declared declared(Method method) {
        Set<String> names = new TreeSet<>();
        Set<String> lists = new TreeSet<>();
        boolean read = method.isAnnotationPresent(jakarta.ws.rs.GET.class);
        if (read) {
            names.add(Language.PARAMETER); // every read answers its names in the language asked
        }
        Annotation[][] parameters = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation annotation : parameters[i]) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                    if (Collection.class.isAssignableFrom(types[i])) {
                        lists.add(query.value());
                    }
                }
            }
        }
        return new Declared(Collections.unmodifiableSet(names), Collections.unmodifiableSet(lists), read);
    }
}
