package com.theorycloud.tabletheory.error;

import org.jspecify.annotations.Nullable;

/**
 * Deploy-authority metadata that is not shaped as the contract requires: provenance without confidence, unknown
 * keys, empty or non-string values, times that are not RFC 3339. It is rejected evidence
 * ({@code ErrRejectedDeployAuthorityEvidence}); {@code is("ErrInvalidModel")} also holds, because the Go, TypeScript
 * and Python runtimes report these shape errors with that code.
 */
public class MalformedDeployAuthorityMetadataException extends RejectedDeployAuthorityEvidenceException {

    private static final long serialVersionUID = 1L;

    /** The code the other runtimes use for these shape errors. */
    public static final String SHAPE_CODE = "ErrInvalidModel";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it
     */
    public MalformedDeployAuthorityMetadataException(@Nullable String modelName, String message) {
        super(modelName, message);
    }

    @Override
    public boolean is(String code) {
        return super.is(code) || SHAPE_CODE.equals(code);
    }
}
