package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties.Http;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties.HttpClientType;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

import org.springframework.util.ClassUtils;

/**
 * Chooses and configures one of the AWS SDK's blocking HTTP clients from {@code tabletheory.client.http.*}. Each
 * client is touched only from its own nested class, so a missing optional jar never breaks class loading. Other AWS
 * clients of the auto-configuration (KMS) use it too, so every client speaks HTTP the same way.
 */
public final class SdkHttpClientBuilders {

    static final String APACHE5_CLASS = "software.amazon.awssdk.http.apache5.Apache5HttpClient";

    static final String URL_CONNECTION_CLASS = "software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient";

    private SdkHttpClientBuilders() {
    }

    /**
     * The builder for the configured client type; the SDK builds it and closes the client with the DynamoDB client.
     *
     * @param http the HTTP settings
     * @param classLoader the class loader the optional clients are looked up in
     * @return the builder of the chosen client
     * @throws IllegalStateException when the chosen client's jar is not on the class path
     */
    public static SdkHttpClient.Builder<?> forProperties(Http http, @Nullable ClassLoader classLoader) {
        return forType(resolve(http.type(), classLoader), http);
    }

    /** The builder of a client type already {@link #resolve resolved} against the class path. */
    static SdkHttpClient.Builder<?> forType(HttpClientType resolved, Http http) {
        return switch (resolved) {
            case APACHE5 -> Apache5.builder(http);
            case URL_CONNECTION -> UrlConnection.builder(http);
            case AUTO -> throw new IllegalStateException("AUTO is resolved before building");
        };
    }

    static HttpClientType resolve(HttpClientType type, @Nullable ClassLoader classLoader) {
        boolean apache5 = ClassUtils.isPresent(APACHE5_CLASS, classLoader);
        boolean urlConnection = ClassUtils.isPresent(URL_CONNECTION_CLASS, classLoader);
        return switch (type) {
            case AUTO -> {
                if (apache5) {
                    yield HttpClientType.APACHE5;
                }
                if (urlConnection) {
                    yield HttpClientType.URL_CONNECTION;
                }
                throw new IllegalStateException("No blocking HTTP client of the AWS SDK is on the class path; add"
                        + " software.amazon.awssdk:apache5-client (or url-connection-client) to the application");
            }
            case APACHE5 -> require(apache5, type, "apache5-client");
            case URL_CONNECTION -> require(urlConnection, type, "url-connection-client");
        };
    }

    private static HttpClientType require(boolean present, HttpClientType type, String artifact) {
        if (!present) {
            throw new IllegalStateException("tabletheory.client.http.type is " + type + " but"
                    + " software.amazon.awssdk:" + artifact + " is not on the class path; add that dependency or set"
                    + " tabletheory.client.http.type=auto");
        }
        return type;
    }

    private static final class Apache5 {

        static SdkHttpClient.Builder<?> builder(Http http) {
            return Apache5HttpClient.builder()
                .connectionTimeout(http.connectionTimeout())
                .socketTimeout(http.socketTimeout())
                .maxConnections(http.maxConnections());
        }
    }

    private static final class UrlConnection {

        static SdkHttpClient.Builder<?> builder(Http http) {
            return UrlConnectionHttpClient.builder()
                .connectionTimeout(http.connectionTimeout())
                .socketTimeout(http.socketTimeout());
        }
    }
}
