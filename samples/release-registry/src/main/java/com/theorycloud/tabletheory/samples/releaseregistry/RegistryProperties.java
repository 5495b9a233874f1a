package com.theorycloud.tabletheory.samples.releaseregistry;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sample's own settings ({@code registry.*}); the outbox and its relay are configured with
 * {@code tabletheory.outbox.*}.
 *
 * @param notifyUrl          where deployment notifications go; {@code null} means this application's own
 *                           {@code /hooks/deployments}
 * @param hookFailuresBeforeSuccess how many deliveries of each notification the built-in hook refuses with 503, so
 *                           the relay's retries are visible
 */
@ConfigurationProperties("registry")
public record RegistryProperties(@Nullable String notifyUrl, int hookFailuresBeforeSuccess) {
}
