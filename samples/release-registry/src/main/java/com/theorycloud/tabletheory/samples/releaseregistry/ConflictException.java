package com.theorycloud.tabletheory.samples.releaseregistry;

/** The request contradicts the stored state (e.g. nothing to roll back to); answered with 409. */
public class ConflictException extends RuntimeException {

    /** Creates the exception with a message saying what conflicts. */
    public ConflictException(String message) {
        super(message);
    }
}
