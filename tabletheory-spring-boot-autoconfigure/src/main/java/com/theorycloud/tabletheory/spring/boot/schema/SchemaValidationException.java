package com.theorycloud.tabletheory.spring.boot.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The DynamoDB tables do not match the models: tables or indexes are missing, or their keys differ. Lists every
 * problem found, not just the first.
 */
public class SchemaValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SchemaProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; not empty
     */
    public SchemaValidationException(List<SchemaProblem> problems) {
        super(problems.size() + " TableTheory table problem(s):" + problems.stream()
            .map((problem) -> "\n - " + problem)
            .collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in model order. */
    public List<SchemaProblem> problems() {
        return problems;
    }
}
