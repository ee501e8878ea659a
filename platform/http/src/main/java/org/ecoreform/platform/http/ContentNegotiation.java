package org.ecoreform.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.ecoreform.platform.problem.ApiException;

/** JSON or CSV for list endpoints: {@code format=csv|json} wins, else the first specific Accept type. */
public final class ContentNegotiation {

    private ContentNegotiation() {}

    public static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            if ("csv".equalsIgnoreCase(format)) {
                return true;
            }
            if ("json".equalsIgnoreCase(format)) {
                return false;
            }
            throw ApiException.badRequest("format", "must be json or csv");
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
                return false;
            }
            if ("text".equals(accepted.getType()) && "csv".equals(accepted.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
