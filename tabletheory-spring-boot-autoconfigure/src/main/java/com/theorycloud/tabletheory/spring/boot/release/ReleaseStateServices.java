package com.theorycloud.tabletheory.spring.boot.release;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.release.ReleaseStateService;
import org.jspecify.annotations.Nullable;

/**
 * Starts {@link ReleaseStateService} builders on the application's engine and outbox, so a release-state service is
 * one {@code @Bean} method:
 *
 * <pre>{@code
 * @Bean
 * ReleaseStateService<Deployment, DeploymentEvent> deployments(ReleaseStateServices services) {
 *     return services.builder(Deployment.class, DeploymentEvent.class).stateMachine(DEPLOYMENTS).build();
 * }
 * }</pre>
 */
public final class ReleaseStateServices {

    private final TableTheory engine;
    private final @Nullable Outbox outbox;

    /**
     * Creates the factory.
     *
     * @param engine the engine the services write through
     * @param outbox the outbox that transitions with outbox records write to, or {@code null} when there is none
     */
    public ReleaseStateServices(TableTheory engine, @Nullable Outbox outbox) {
        this.engine = engine;
        this.outbox = outbox;
    }

    /**
     * A builder for the service over the given annotated actual and event models, with the outbox already set.
     *
     * @param <A> the actual model
     * @param <E> the event model
     * @param actualModel the model class of the actual (current state) rows
     * @param eventModel the model class of the event rows
     * @return the builder; add a state machine and build
     */
    public <A, E> ReleaseStateService.Builder<A, E> builder(Class<A> actualModel, Class<E> eventModel) {
        return ReleaseStateService.builder(engine, engine.table(actualModel), engine.table(eventModel))
            .outbox(outbox);
    }

    /** The outbox the builders are given, or {@code null}. */
    public @Nullable Outbox outbox() {
        return outbox;
    }
}
