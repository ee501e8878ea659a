package org.ecoreform.gateway.domain;

/** A view of something that does not exist: no such province code, or a measure not in the catalogue. */
public class ViewNotFoundException extends RuntimeException {

    private final String what;
    private final String id;

    public ViewNotFoundException(String what, String id) {
        super(what + " " + id + " not found");
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
