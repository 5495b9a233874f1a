package com.theorycloud.tabletheory.spring.boot.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags observations of engine operations. Declare a bean of this type to replace or extend
 * {@link DefaultTableTheoryObservationConvention}.
 */
public interface TableTheoryObservationConvention extends ObservationConvention<TableTheoryObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof TableTheoryObservationContext;
    }
}
