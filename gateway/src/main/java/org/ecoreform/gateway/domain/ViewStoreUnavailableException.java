package org.ecoreform.gateway.domain;

/**
 * The view store did not answer a read in time: the view cannot be composed now. Nothing is lost (the views catch up
 * from the topics once the store is back); the caller tries again later.
 */
public class ViewStoreUnavailableException extends RuntimeException {

    public ViewStoreUnavailableException(Throwable cause) {
        super("the view store did not answer: " + cause.getMessage(), cause);
    }
}
