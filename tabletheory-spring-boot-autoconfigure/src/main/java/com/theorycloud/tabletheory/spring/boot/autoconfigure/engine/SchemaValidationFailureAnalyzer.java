package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.util.stream.Collectors;

import com.theorycloud.tabletheory.spring.boot.schema.SchemaValidationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Lists every table problem that {@code tabletheory.schema.mode=validate} (or {@code create}) found at startup, and
 * the ways to fix them.
 */
final class SchemaValidationFailureAnalyzer extends AbstractFailureAnalyzer<SchemaValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchemaValidationException cause) {
        String problems = cause.problems().stream().map((problem) -> "\n    - " + problem)
            .collect(Collectors.joining());
        return new FailureAnalysis("The DynamoDB tables do not match the TableTheory models"
                + " (tabletheory.schema.mode checks them at startup):" + problems, """
                Create or change the tables so their keys and indexes match the models (in your infrastructure \
                code), or fix the models. Check that tabletheory.models.table-prefix and table-suffix and \
                tabletheory.client.region point at the intended tables. For development, \
                tabletheory.schema.mode=create creates missing tables and global indexes; \
                tabletheory.schema.mode=none skips the check.""", cause);
    }
}
