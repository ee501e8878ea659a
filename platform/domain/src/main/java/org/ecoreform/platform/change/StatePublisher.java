package org.ecoreform.platform.change;

/**
 * Announces the state of a changed aggregate, in the transaction of the change. A service's
 * {@code event} package implements it (the topic, the payload's contract); its {@code service}
 * package depends on this interface only, so the two packages do not depend on each other.
 *
 * @param <S> what the service hands over: its state record of the aggregate
 */
public interface StatePublisher<S> {

    void changed(S state, Caller caller);
}
