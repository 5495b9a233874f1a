package com.theorycloud.tabletheory.local;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A request {@link ReplayingHttpClient} received, for assertions: the DynamoDB operation (from {@code
 * X-Amz-Target}), method, URI, headers and the JSON body.
 *
 * @param operation the operation name such as {@code PutItem}, or "" when the header is missing
 * @param method the HTTP method
 * @param uri the request URI
 * @param headers the request headers as sent (signed)
 * @param body the request body
 */
public record RecordedRequest(String operation, String method, URI uri, Map<String, List<String>> headers, String body) {

  /** Copies the headers so the record stays immutable. */
  public RecordedRequest {
    headers = Map.copyOf(headers);
  }
}
