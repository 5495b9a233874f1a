package com.theorycloud.tabletheory.samples.quickstart;

/** The id of a {@link Todo}: its partition key, then its sort key. */
public record TodoId(String owner, String todoId) {
}
