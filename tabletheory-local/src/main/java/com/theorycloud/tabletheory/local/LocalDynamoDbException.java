package com.theorycloud.tabletheory.local;

/**
 * Thrown when the local DynamoDB cannot be installed or started: Node.js missing or too old, {@code npm ci}
 * failing, or the server process not coming up. The message says what to install or which setting to change.
 */
public class LocalDynamoDbException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message that names the fix. */
  public LocalDynamoDbException(String message) {
    super(message);
  }

  /** An exception with a message that names the fix, and its cause. */
  public LocalDynamoDbException(String message, Throwable cause) {
    super(message, cause);
  }
}
