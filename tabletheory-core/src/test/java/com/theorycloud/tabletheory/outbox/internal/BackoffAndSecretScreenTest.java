package com.theorycloud.tabletheory.outbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retry delays and secret screening of the outbox. */
class BackoffAndSecretScreenTest {

    @Test
    void delaysDoubleWithinHalfToFullOfTheNominalDelayUpToTheCap() {
        Backoff low = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.0);
        Backoff high = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.999_999);

        assertThat(low.after(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(high.after(1)).isEqualTo(Duration.ofMillis(1000));
        assertThat(low.after(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(high.after(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(low.after(40)).isEqualTo(Duration.ofSeconds(15));
        assertThat(high.after(40)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void recognisesAndRedactsSecrets() {
        assertThat(SecretScreen.finding("promote rel_002 to active")).isEmpty();
        assertThat(SecretScreen.finding("key AKIAIOSFODNN7EXAMPLE")).contains("an AWS access key id");
        assertThat(SecretScreen.finding("{\"aws_secret_access_key\": \"x\"}")).isPresent();
        assertThat(SecretScreen.finding("Authorization: Bearer abcdefghijklmnopqrstuvwxyz")).contains("a bearer token");
        assertThat(SecretScreen.redact("login failed: password=hunter22, retry"))
                .isEqualTo("login failed: [REDACTED], retry");
    }
}
