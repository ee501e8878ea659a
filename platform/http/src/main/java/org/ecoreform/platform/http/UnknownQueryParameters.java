package org.ecoreform.platform.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
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
 * province. The names an operation takes are read once from its method's {@code @QueryParam}s.
 */
public class UnknownQueryParameters {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getQueryParameters().isEmpty()) {
            return;
        }
        Set<String> takes = known.computeIfAbsent(method, UnknownQueryParameters::declared);
        List<String> unknown = uri.getQueryParameters().keySet().stream()
                .filter(name -> !takes.contains(name))
                .sorted()
                .toList();
        if (unknown.isEmpty()) {
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

    /** The names of the method's {@code @QueryParam}s, sorted (for the message). */
    private static Set<String> declared(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }
}
