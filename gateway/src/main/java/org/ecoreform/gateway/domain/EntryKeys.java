package org.ecoreform.gateway.domain;

/** Ids as keys of a stored map: a dot would be read as a path and a leading $ as an operator. */
public final class EntryKeys {

    private EntryKeys() {}

    public static String encode(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    public static String decode(String key) {
        return key.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
