package com.theorycloud.tabletheory.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded DynamoDB HTTP response for {@link ReplayingHttpClient}. The text form is the HTTP response as it
 * travels: a status line ({@code HTTP/1.1 400 Bad Request}), header lines, a blank line, then the JSON body.
 *
 * @param status the HTTP status code
 * @param headers header name to values, in order
 * @param body the body, usually DynamoDB JSON
 */
public record RecordedResponse(int status, Map<String, List<String>> headers, String body) {

  /** Copies the headers so the record stays immutable. */
  public RecordedResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be 100..599, got " + status);
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = java.util.Collections.unmodifiableMap(copy);
  }

  /** A DynamoDB JSON response with the usual content type. */
  public static RecordedResponse json(int status, String body) {
    return new RecordedResponse(status, Map.of("Content-Type", List.of("application/x-amz-json-1.0")), body);
  }

  /** Parses the text form (status line, headers, blank line, body). */
  public static RecordedResponse parse(String text) {
    String normalized = text.replace("\r\n", "\n");
    int split = normalized.indexOf("\n\n");
    String head = split < 0 ? normalized : normalized.substring(0, split);
    String body = split < 0 ? "" : normalized.substring(split + 2).strip();
    String[] lines = head.strip().split("\n");
    String[] statusLine = lines[0].trim().split(" ", 3);
    if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
      throw new IllegalArgumentException(
          "A recorded response must start with a status line such as 'HTTP/1.1 400 Bad Request', got '" + lines[0] + "'");
    }
    int status;
    try {
      status = Integer.parseInt(statusLine[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not an HTTP status code: '" + statusLine[1] + "' in '" + lines[0] + "'", e);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("Not a header line ('Name: value'): '" + lines[i] + "'");
      }
      headers
          .computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    return new RecordedResponse(status, headers, body);
  }

  /** Loads and parses a classpath resource in the text form, e.g. {@code /fixtures/my-error.http}. */
  public static RecordedResponse fromClasspath(String resource) {
    String path = resource.startsWith("/") ? resource : "/" + resource;
    try (InputStream in = RecordedResponse.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No classpath resource " + path + " (recorded responses are loaded with a"
            + " leading '/' from the classpath root)");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read recorded response " + path, e);
    }
  }
}
