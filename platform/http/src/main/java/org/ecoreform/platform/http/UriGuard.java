package org.ecoreform.platform.http;

import io.vertx.ext.web.RoutingContext;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;

/**
 * Rejects a URI that percent-encodes a control character (%00–%1F, %7F) in its path or query, or a
 * dot segment in its path (%2E%2E: a traversal that would otherwise be resolved into another
 * resource's path), with a 400 problem+json, before any of it reaches a query: no id or filter ever
 * contains one, and PostgreSQL refuses NUL in text outright.
 */
final class UriGuard {

    private UriGuard() {}

    /** Answers 400 and returns true when the URI encodes a control character. */
    static boolean rejected(RoutingContext ctx) {
        if (encodesControlCharacter(ctx.request().uri())) {
            ProblemResponses.end(ctx, Problem.of(ProblemKind.BAD_REQUEST, "the URI encodes a control character"));
            return true;
        }
        if (encodesDotSegment(ctx.request().uri())) {
            ProblemResponses.end(
                    ctx, Problem.of(ProblemKind.BAD_REQUEST, "the URI's path encodes a dot segment (%2E)"));
            return true;
        }
        return false;
    }

    /** A path segment written with percent-encoding that means "." or "..". */
    static boolean encodesDotSegment(String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        for (String segment : path.split("/")) {
            if (segment.indexOf('%') >= 0) {
                String decoded = segment.replace("%2E", ".").replace("%2e", ".");
                if (decoded.equals(".") || decoded.equals("..")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean encodesControlCharacter(String uri) {
        for (int at = uri.indexOf('%'); at >= 0 && at + 2 < uri.length(); at = uri.indexOf('%', at + 1)) {
            char high = uri.charAt(at + 1);
            char low = uri.charAt(at + 2);
            if (high == '0' || high == '1' || (high == '7' && (low == 'f' || low == 'F'))) {
                return true;
            }
        }
        return false;
    }
}
