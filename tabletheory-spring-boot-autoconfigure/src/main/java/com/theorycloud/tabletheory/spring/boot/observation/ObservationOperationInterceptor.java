package com.theorycloud.tabletheory.spring.boot.observation;

import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationInterceptor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Observes every engine operation with the Micrometer Observation API: started before the operation, in scope while
 * it runs (so the AWS SDK's spans nest under it), stopped when it ends. Register it with
 * {@code TableTheory.builder().interceptor(...)}; the Spring Boot auto-configuration does that for you.
 */
public final class ObservationOperationInterceptor implements OperationInterceptor {

    private static final TableTheoryObservationConvention DEFAULT = new DefaultTableTheoryObservationConvention();

    private final ObservationRegistry registry;
    private final @Nullable TableTheoryObservationConvention convention;

    /**
     * Creates an interceptor with the default convention.
     *
     * @param registry where observations go
     */
    public ObservationOperationInterceptor(ObservationRegistry registry) {
        this(registry, null);
    }

    /**
     * Creates an interceptor.
     *
     * @param registry where observations go
     * @param convention names and tags the observations, or {@code null} for the default
     */
    public ObservationOperationInterceptor(ObservationRegistry registry,
            @Nullable TableTheoryObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public Invocation begin(String modelName, String tableName, Operation operation, @Nullable String indexName) {
        if (registry.isNoop()) {
            return Invocation.NONE;
        }
        TableTheoryObservationContext context = new TableTheoryObservationContext(modelName, tableName, operation,
                indexName);
        Observation observation = Observation.createNotStarted(convention, DEFAULT, () -> context, registry).start();
        Observation.Scope scope = observation.openScope();
        return (event, error) -> {
            context.setEvent(event);
            if (error != null) {
                observation.error(error);
            }
            scope.close();
            observation.stop();
        };
    }
}
