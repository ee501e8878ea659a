package org.ecoreform.platform.security;

/** The roles of DESIGN.md, carried in the JWT {@code groups} claim. */
public final class Roles {

    public static final String CATALOGUE_EDITOR = "catalogue-editor";
    public static final String PROVINCE_EDITOR = "province-editor";
    public static final String INDICATOR_EDITOR = "indicator-editor";
    public static final String ADMIN = "admin";
    /** The claim that scopes a province-editor to one GB/T 2260 province code. */
    public static final String PROVINCE_CLAIM = "province";

    private Roles() {}
}
