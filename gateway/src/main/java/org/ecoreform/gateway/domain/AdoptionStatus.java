package org.ecoreform.gateway.domain;

/** Adoption statuses as the views read them. */
public final class AdoptionStatus {

    public static final String WITHDRAWN = "withdrawn";

    private AdoptionStatus() {}

    /** A withdrawn record stays listed but no longer counts as adopting its measures. */
    public static boolean live(String status) {
        return !WITHDRAWN.equals(status);
    }
}
