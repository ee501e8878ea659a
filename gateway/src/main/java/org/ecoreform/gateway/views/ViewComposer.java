package org.ecoreform.gateway.views;

/** Composes one kind of view from its view documents; throws ViewNotFoundException for an unknown id. */
public interface ViewComposer {

    ViewKind kind();

    Object compose(String id);
}
