package com.theorycloud.tabletheory.local.internal;

/**
 * Thrown by this package when the local DynamoDB cannot be installed or started. {@code LocalDynamoDb} hands it on as
 * the cause of a {@code LocalDynamoDbException} with the same message, which names the fix.
 */
public final class StartupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message that names the fix. */
  public StartupException(String message) {
    super(message);
  }

  /** An exception with a message that names the fix, and its cause. */
  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
