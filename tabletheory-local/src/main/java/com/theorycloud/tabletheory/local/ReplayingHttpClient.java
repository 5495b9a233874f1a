package com.theorycloud.tabletheory.local;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * An {@link SdkHttpClient} that answers from a queue of recorded DynamoDB responses instead of the network, for
 * unit tests of error paths no emulator produces (throttling, 500s, transaction conflicts). It records every
 * request it receives. Plug it into a client with {@code DynamoDbClient.builder().httpClient(replaying)}; the SDK's
 * own retry policy, signing and error parsing all still run.
 *
 * <pre>{@code
 * ReplayingHttpClient http = ReplayingHttpClient.builder()
 *     .respond(DynamoDbFixture.THROTTLING, DynamoDbFixture.GET_ITEM)
 *     .build();
 * }</pre>
 */
public final class ReplayingHttpClient implements SdkHttpClient {

  private final Deque<RecordedResponse> responses;
  private final List<RecordedRequest> requests = new ArrayList<>();

  private ReplayingHttpClient(List<RecordedResponse> responses) {
    this.responses = new ArrayDeque<>(responses);
  }

  /** A builder with an empty response queue. */
  public static Builder builder() {
    return new Builder();
  }

  /** Appends responses to the queue (e.g. between two phases of a test). */
  public synchronized void enqueue(RecordedResponse... more) {
    responses.addAll(List.of(more));
  }

  /** The requests received so far, oldest first. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The operations of the requests received so far (from {@code X-Amz-Target}), oldest first. */
  public synchronized List<String> operations() {
    return requests.stream().map(RecordedRequest::operation).toList();
  }

  /** How many recorded responses have not been served yet. */
  public synchronized int remainingResponses() {
    return responses.size();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        return answer(request);
      }

      @Override
      public void abort() {
        // Nothing in flight: the answer is produced synchronously.
      }
    };
  }

  private HttpExecuteResponse answer(HttpExecuteRequest request) throws IOException {
    SdkHttpRequest http = request.httpRequest();
    String body = "";
    if (request.contentStreamProvider().isPresent()) {
      try (InputStream in = request.contentStreamProvider().get().newStream()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    String operation =
        http.firstMatchingHeader("X-Amz-Target").map(t -> t.substring(t.indexOf('.') + 1)).orElse("");
    RecordedResponse next;
    synchronized (this) {
      requests.add(new RecordedRequest(operation, http.method().name(), http.getUri(), http.headers(), body));
      next = responses.poll();
      if (next == null) {
        throw new IllegalStateException(
            "ReplayingHttpClient has no recorded response left for request #"
                + requests.size()
                + " ("
                + (operation.isEmpty() ? http.method() + " " + http.getUri() : operation)
                + "); add one more with builder().respond(...) or enqueue(...)");
      }
    }
    byte[] bytes = next.body().getBytes(StandardCharsets.UTF_8);
    SdkHttpFullResponse.Builder response = SdkHttpFullResponse.builder().statusCode(next.status());
    for (Map.Entry<String, List<String>> header : next.headers().entrySet()) {
      response.putHeader(header.getKey(), header.getValue());
    }
    if (response.firstMatchingHeader("Content-Length").isEmpty()) {
      response.putHeader("Content-Length", Integer.toString(bytes.length));
    }
    return HttpExecuteResponse.builder()
        .response(response.build())
        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
        .build();
  }

  @Override
  public String clientName() {
    return "TableTheoryReplaying";
  }

  @Override
  public void close() {
    // Holds no connections.
  }

  /** Builds a {@link ReplayingHttpClient} from recorded responses, served in the order they are added. */
  public static final class Builder {
    private final List<RecordedResponse> responses = new ArrayList<>();

    private Builder() {}

    /** Queues recorded responses. */
    public Builder respond(RecordedResponse... recorded) {
      responses.addAll(List.of(recorded));
      return this;
    }

    /** Queues shipped fixtures. */
    public Builder respond(DynamoDbFixture... fixtures) {
      for (DynamoDbFixture fixture : fixtures) {
        responses.add(fixture.response());
      }
      return this;
    }

    /** Queues the same fixture {@code times} times (e.g. to exhaust the SDK's retries). */
    public Builder respond(int times, DynamoDbFixture fixture) {
      RecordedResponse response = fixture.response();
      for (int i = 0; i < times; i++) {
        responses.add(response);
      }
      return this;
    }

    /** Queues responses read from classpath resources in the {@link RecordedResponse#parse text form}. */
    public Builder respondFromClasspath(String... resources) {
      for (String resource : resources) {
        responses.add(RecordedResponse.fromClasspath(resource));
      }
      return this;
    }

    /** The client. */
    public ReplayingHttpClient build() {
      return new ReplayingHttpClient(responses);
    }
  }
}
