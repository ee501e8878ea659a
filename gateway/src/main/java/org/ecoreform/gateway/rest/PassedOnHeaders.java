package org.ecoreform.gateway.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request headers a composing resource passes on to the services it calls (the caller's token, request id …). */
final class PassedOnHeaders {

    private PassedOnHeaders() {}

    /** Those of {@code names} the request carries, by name, in that order. */
    static Map<String, String> of(HttpHeaders headers, String... names) {
        Map<String, String> passed = new LinkedHashMap<>();
        for (String name : names) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                passed.put(name, value);
            }
        }
        return passed;
    }
}
