package org.ecoreform.platform.http;

import io.vertx.ext.web.RoutingContext;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;

/**
 * Rejects a URI that percent-encodes a control character (%00–%1F, %7F) in its path or query
 * with a 400 problem+json, before any of it reaches a query: no id or filter ever contains one,
 * and PostgreSQL refuses NUL in text outright.
 */
final class UriGuard {

    private UriGuard() {
    }

    /** Answers 400 and returns true when the URI encodes a control character. */
    static boolean rejected(RoutingContext ctx) {
        if (encodesControlCharacter(ctx.request().uri())) {
            ProblemResponses.end(ctx, Problem.of(ProblemKind.BAD_REQUEST, "the URI encodes a control character"));
            return true;
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
