package com.theorycloud.tabletheory.contract;

/**
 * A scenario step that did not meet its expectation; the message says which step and what differed.
 */
final class ScenarioFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ScenarioFailure(String message) {
        super(message);
    }

    ScenarioFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
