package com.theorycloud.tabletheory.query.internal;

import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The engine's side of reads: sends one request, reports it to the operation listener and translates DynamoDB errors
 * into TableTheory exceptions. Implemented by the table handle; not for application use.
 */
public interface ReadCalls {

    /** Sends one Query request. */
    QueryResponse query(QueryRequest request);

    /** Sends one Scan request. */
    ScanResponse scan(ScanRequest request);
}
