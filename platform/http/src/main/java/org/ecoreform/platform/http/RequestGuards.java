package org.ecoreform.platform.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every request of every service passes first, in one route (each route costs a little on
 * every request): it gets its {@link RequestIds request id}, then a URI that encodes a control
 * character ({@link UriGuard}) or a declared body over the limit ({@link RequestBodyLimit}) is
 * answered with a problem+json.
 */
@ApplicationScoped
public class RequestGuards {

    private final RequestIds ids;
    private final RequestBodyLimit bodyLimit;

    public RequestGuards(RequestIds ids, RequestBodyLimit bodyLimit) {
        this.ids = ids;
        this.bodyLimit = bodyLimit;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 5).handler(ctx -> {
            ids.assign(ctx);
            if (UriGuard.rejected(ctx) || bodyLimit.rejected(ctx)) {
                return;
            }
            ctx.next();
        });
    }
}
