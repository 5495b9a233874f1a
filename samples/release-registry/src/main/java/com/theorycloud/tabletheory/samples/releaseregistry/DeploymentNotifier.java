package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.outbox.OutboxDelivery;
import com.theorycloud.tabletheory.outbox.OutboxHandler;
import com.theorycloud.tabletheory.spring.boot.outbox.OutboxListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The outbox handler of {@link ReleaseRegistry#NOTIFY}: posts the notification to the deployment hook with its
 * idempotency key. A non-2xx answer throws, so the relay retries it with backoff
 * ({@code tabletheory.outbox.backoff-base}). The starter's relay finds it by its {@link OutboxListener} annotation.
 */
@Component
@OutboxListener(ReleaseRegistry.NOTIFY)
class DeploymentNotifier implements OutboxHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentNotifier.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final RegistryProperties properties;
    private final Environment environment;

    DeploymentNotifier(RegistryProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void handle(OutboxDelivery delivery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(target()).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "text/plain")
                .header("Idempotency-Key", delivery.idempotencyKey())
                .header("X-Attempt", Integer.toString(delivery.attempt()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.requestedState())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            LOG.info("notification {} attempt {} refused with HTTP {}; the relay will retry",
                    delivery.idempotencyKey(), delivery.attempt(), response.statusCode());
            throw new IOException("deployment hook answered HTTP " + response.statusCode());
        }
        LOG.info("notification {} delivered on attempt {}", delivery.idempotencyKey(), delivery.attempt());
    }

    // Resolved per delivery: with server.port=0 the port is known only once the server has started.
    private URI target() {
        if (properties.notifyUrl() != null) {
            return URI.create(properties.notifyUrl());
        }
        return URI.create("http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) + "/hooks/deployments");
    }
}
