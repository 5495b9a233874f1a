package com.theorycloud.tabletheory.spring.data.rest;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * An item URL whose id segment is not an id of the repository's model: answered with {@code 400 Bad Request}, the
 * reason naming the segment, the model, the expected form and the fix.
 */
public final class MalformedIdException extends ResponseStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with the given reason.
     *
     * @param reason what is wrong with the id and which form is expected
     */
    public MalformedIdException(String reason) {
        super(HttpStatus.BAD_REQUEST, reason);
    }

    @Override
    public String getMessage() {
        String reason = getReason();
        return reason == null ? super.getMessage() : reason;
    }
}
