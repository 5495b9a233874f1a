package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import com.theorycloud.tabletheory.error.InvalidModelException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a model that failed validation at startup: which model, what is wrong with which field, and how to fix it
 * (the exception's message names all three).
 */
final class InvalidModelFailureAnalyzer extends AbstractFailureAnalyzer<InvalidModelException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidModelException cause) {
        String model = (cause.modelName() != null) ? "The TableTheory model " + cause.modelName()
                : "A TableTheory model";
        return new FailureAnalysis(model + " is invalid: " + cause.getMessage(), """
                Fix the model as the message says: the annotations on the model class, or its entry in the DMS \
                document. Models come from tabletheory.models.packages (by default the package of the \
                @SpringBootApplication class and below) and tabletheory.models.dms; a class that is not meant to be \
                a model should not carry @TableTheoryModel.""", cause);
    }
}
