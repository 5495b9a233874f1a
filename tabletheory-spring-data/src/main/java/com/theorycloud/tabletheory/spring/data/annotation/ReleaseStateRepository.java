package com.theorycloud.tabletheory.spring.data.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the release-state transitions of a repository that extends
 * {@link com.theorycloud.tabletheory.spring.data.repository.ReleaseStateOperations}: the state machine and outbox
 * beans its {@link com.theorycloud.tabletheory.release.ReleaseStateService} uses. Without it transitions have no state
 * machine and use the application's {@link com.theorycloud.tabletheory.outbox.Outbox} bean when there is exactly one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReleaseStateRepository {

    /** The name of the {@link com.theorycloud.tabletheory.release.StateMachine} bean; empty for none. */
    String stateMachine() default "";

    /**
     * The name of the {@link com.theorycloud.tabletheory.outbox.Outbox} bean; empty for the application's only
     * {@code Outbox} bean, if it has exactly one.
     */
    String outbox() default "";

    /** Whether transitions setting {@code provenance} or {@code confidence} are validated as deploy authority. */
    boolean validateDeployAuthority() default true;
}
