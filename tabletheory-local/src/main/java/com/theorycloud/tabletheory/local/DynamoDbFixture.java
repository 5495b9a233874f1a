package com.theorycloud.tabletheory.local;

/**
 * Recorded DynamoDB responses shipped with this module, in DynamoDB's real wire shape (JSON 1.0 {@code __type},
 * status codes), for {@link ReplayingHttpClient}: the throttling family, a 500, a transaction conflict and two
 * successes.
 */
public enum DynamoDbFixture {
  /** 400 ProvisionedThroughputExceededException (retried by the SDK as throttling). */
  PROVISIONED_THROUGHPUT_EXCEEDED("provisioned-throughput-exceeded.http"),
  /** 400 ThrottlingException with one throttling reason (retried by the SDK as throttling). */
  THROTTLING("throttling.http"),
  /** 400 RequestLimitExceeded, the account-level throughput limit (retried by the SDK as throttling). */
  REQUEST_LIMIT_EXCEEDED("request-limit-exceeded.http"),
  /** 500 InternalServerError (retried by the SDK). */
  INTERNAL_SERVER_ERROR("internal-server-error.http"),
  /** 400 TransactionCanceledException with reasons [None, TransactionConflict] (not retried by the SDK). */
  TRANSACTION_CONFLICT("transaction-conflict.http"),
  /** 200 GetItem returning {@code pk=user#1, sk=profile, name=Ada, version=3}. */
  GET_ITEM("get-item.http"),
  /** 200 PutItem with an empty result. */
  PUT_ITEM("put-item.http");

  private final String file;

  DynamoDbFixture(String file) {
    this.file = file;
  }

  /** The classpath resource holding this response. */
  public String resource() {
    return "/com/theorycloud/tabletheory/local/replay/" + file;
  }

  /** The parsed response. */
  public RecordedResponse response() {
    return RecordedResponse.fromClasspath(resource());
  }
}
