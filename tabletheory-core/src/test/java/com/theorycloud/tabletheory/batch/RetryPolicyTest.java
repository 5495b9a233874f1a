package com.theorycloud.tabletheory.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void capDoublesFromTheBaseDelayUpToTheMaximum() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.delayCap(1)).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.delayCap(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.delayCap(5)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.delayCap(6)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayCap(200)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void fullJitterPicksAFractionOfTheCap() {
        assertThat(RetryPolicy.defaults().withRandom(() -> 0.0).delay(3)).isZero();
        assertThat(RetryPolicy.defaults().withRandom(() -> 0.25).delay(3)).isEqualTo(Duration.ofMillis(50));
        assertThat(RetryPolicy.defaults().withRandom(() -> 0.999).delay(1)).isLessThan(Duration.ofMillis(50));
    }

    @Test
    void transactionDefaultsFollowTheGoSchedule() {
        RetryPolicy policy = RetryPolicy.transactionDefaults();

        assertThat(policy.maxRetries()).isEqualTo(4);
        assertThat(policy.delayCap(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.delayCap(4)).isEqualTo(Duration.ofMillis(800));
    }

    @Test
    void rejectsNegativeBudgets() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxRetries(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxElapsed(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxElapsed");
    }
}
