package com.theorycloud.tabletheory.samples.releaseregistry;

/** The id of a row in the release-state table: service, then {@code ACTUAL} or an event key. */
public record DeploymentKey(String service, String kind) {
}
