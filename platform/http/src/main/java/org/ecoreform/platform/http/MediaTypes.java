package org.ecoreform.platform.http;

import jakarta.ws.rs.core.MediaType;

public final class MediaTypes {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    public static final String MERGE_PATCH_JSON_UTF8 = "application/merge-patch+json; charset=UTF-8";
    public static final String TEXT_CSV = "text/csv";
    public static final String TEXT_CSV_UTF8 = "text/csv; charset=UTF-8";
    public static final String JSON_UTF8 = "application/json; charset=UTF-8";

    private MediaTypes() {}
}
