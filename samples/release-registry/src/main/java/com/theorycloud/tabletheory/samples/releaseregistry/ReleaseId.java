package com.theorycloud.tabletheory.samples.releaseregistry;

/** The id of a {@link Release}: service, then release id. */
public record ReleaseId(String service, String releaseId) {
}
