package com.theorycloud.tabletheory.samples.releaseregistry;

/** A service or release the request names does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    /** Creates the exception with a message naming what is missing. */
    public NotFoundException(String message) {
        super(message);
    }
}
