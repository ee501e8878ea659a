package org.ecoreform.deploy;

/** The system cannot start (a port taken, a jar missing, a service that exits or never gets ready): said in one line. */
final class LaunchException extends RuntimeException {

    LaunchException(String message) {
        super(message);
    }
}
