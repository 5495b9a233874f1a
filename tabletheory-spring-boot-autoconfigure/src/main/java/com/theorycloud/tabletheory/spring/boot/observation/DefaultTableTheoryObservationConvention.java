package com.theorycloud.tabletheory.spring.boot.observation;

import java.util.Locale;

import com.theorycloud.tabletheory.operation.OperationEvent;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The default naming of engine operation observations: name {@code tabletheory.operation} and the low-cardinality
 * tags {@code model}, {@code table}, {@code operation} (such as {@code put}), {@code index} ({@code none} without an
 * index) and {@code outcome} ({@code success}, or the TableTheory error code such as {@code ErrConditionFailed}). No
 * tag carries key or attribute values.
 */
public class DefaultTableTheoryObservationConvention implements TableTheoryObservationConvention {

    /** The observation name, also the timer name when the observation is measured. */
    public static final String NAME = "tabletheory.operation";

    /** The tag value of an operation that succeeded, and of index when none was used. */
    public static final String SUCCESS = "success";

    private static final String NONE = "none";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(TableTheoryObservationContext context) {
        return "tabletheory " + operationTag(context) + " " + context.getTableName();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(TableTheoryObservationContext context) {
        String index = context.getIndexName();
        return KeyValues.of("model", context.getModelName(), "table", context.getTableName(), "operation",
                operationTag(context), "index", (index != null) ? index : NONE, "outcome",
                outcome(context.getEvent()));
    }

    private static String operationTag(TableTheoryObservationContext context) {
        return context.getOperation().name().toLowerCase(Locale.ROOT);
    }

    private static String outcome(@Nullable OperationEvent event) {
        if (event == null || event.errorCode() == null) {
            return SUCCESS;
        }
        return event.errorCode();
    }
}
