package org.ecoreform.gateway.rest;

/**
 * Where the gateway's own routes sit in the Vert.x router. They come after the platform's request guards and the
 * edge policy (orders near {@link Integer#MIN_VALUE}) and after Quarkus's CORS filter (-300), and before its
 * authentication filter (-200) and the handlers REST adds behind it: these paths need neither. The gateway reads a
 * caller's token itself ({@code CallerTokens}); the handlers between the two (among them one that matches every
 * request against the JAX-RS paths to name it in metrics) held 10 of the 36 samples a proxied GET spent in the
 * router (JFR, proxy benchmark), for paths no JAX-RS resource owns.
 */
final class RouteOrder {

    /** Cached views and the change stream: answered here or passed on. */
    static final int VIEWS = -250;
    /** Every service path, after the views (which own other paths under the same prefix). */
    static final int PROXY = -240;
    /** The dashboard's static assets. */
    static final int ASSETS = -230;
    /**
     * The reporting workspace: its page, its session and its relay to the API come after Quarkus's authentication
     * (-200) and permission checks (-100), which sign the person in (authorization code with PKCE) and hold the session.
     */
    static final int WORKSPACE = -50;

    private RouteOrder() {}
}
