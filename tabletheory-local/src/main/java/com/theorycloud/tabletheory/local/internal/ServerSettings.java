package com.theorycloud.tabletheory.local.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the server process is started with, taken from {@code LocalDynamoDbOptions}.
 *
 * @param port the port to listen on, {@code 0} for a free one
 * @param createTableMs how long CreateTable keeps a table in CREATING
 * @param deleteTableMs how long DeleteTable keeps a table in DELETING
 * @param updateTableMs how long UpdateTable keeps a table in UPDATING
 * @param maxItemSizeKb the largest item accepted, in KB
 * @param dataDirectory directory for a persistent store; {@code null} keeps everything in memory
 * @param verbose whether the server logs every request
 * @param startupTimeout how long to wait for the process to report it is listening
 */
public record ServerSettings(
    int port,
    int createTableMs,
    int deleteTableMs,
    int updateTableMs,
    int maxItemSizeKb,
    @Nullable Path dataDirectory,
    boolean verbose,
    Duration startupTimeout) {}
