package com.theorycloud.tabletheory.samples.releaseregistry;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sample's own settings ({@code registry.*}).
 *
 * @param outboxTable        the outbox table (logical name; the engine's table prefix applies)
 * @param createOutboxTable  create the outbox table at startup (local development; off on AWS)
 * @param notifyUrl          where deployment notifications go; {@code null} means this application's own
 *                           {@code /hooks/deployments}
 * @param pollInterval       how often the outbox relay looks for due notifications
 * @param retryBase          the first retry delay (doubled per attempt)
 * @param maxAttempts        attempts before a notification is dead
 * @param hookFailuresBeforeSuccess how many deliveries of each notification the built-in hook refuses with 503, so
 *                           the relay's retries are visible
 */
@ConfigurationProperties("registry")
public record RegistryProperties(String outboxTable, boolean createOutboxTable, @Nullable String notifyUrl,
        Duration pollInterval, Duration retryBase, int maxAttempts, int hookFailuresBeforeSuccess) {
}
