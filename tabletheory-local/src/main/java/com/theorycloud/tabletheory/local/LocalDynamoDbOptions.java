package com.theorycloud.tabletheory.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.regions.Region;

/**
 * How to start an own {@link LocalDynamoDb}: port, optional data directory, dynalite's table-state delays, and where
 * Node.js and the install cache live. Build it with {@link #builder()}; every field has a sensible default.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free port
 * @param dataDirectory directory for a persistent store; {@code null} keeps everything in memory
 * @param createTableMs how long a new table stays CREATING (0 makes it ACTIVE at once)
 * @param deleteTableMs how long a deleted table stays DELETING
 * @param updateTableMs how long an updated table stays UPDATING
 * @param maxItemSizeKb the item size limit (DynamoDB's is 400)
 * @param region the region the client signs for; the local server accepts any
 * @param startupTimeout how long to wait for the process to report it is listening (install time not included)
 * @param nodeExecutable the {@code node} binary; {@code null} uses the system property / environment / PATH
 * @param cacheDirectory where dynalite is installed; {@code null} uses the system property / environment / default
 * @param verbose let dynalite log every request to the captured stderr
 */
public record LocalDynamoDbOptions(
    int port,
    @Nullable Path dataDirectory,
    int createTableMs,
    int deleteTableMs,
    int updateTableMs,
    int maxItemSizeKb,
    Region region,
    Duration startupTimeout,
    @Nullable Path nodeExecutable,
    @Nullable Path cacheDirectory,
    boolean verbose) {

  /** Validates the ranges so a mistake fails here rather than as an obscure Node.js error. */
  public LocalDynamoDbOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 (any free port) or 1..65535, got " + port);
    }
    if (createTableMs < 0 || deleteTableMs < 0 || updateTableMs < 0) {
      throw new IllegalArgumentException("table state delays must not be negative");
    }
    if (maxItemSizeKb < 1) {
      throw new IllegalArgumentException("maxItemSizeKb must be positive, got " + maxItemSizeKb);
    }
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(startupTimeout, "startupTimeout");
    if (startupTimeout.isNegative() || startupTimeout.isZero()) {
      throw new IllegalArgumentException("startupTimeout must be positive");
    }
  }

  /** The defaults: any free port, in memory, instant table state changes. */
  public static LocalDynamoDbOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder()
        .port(port)
        .dataDirectory(dataDirectory)
        .createTableMs(createTableMs)
        .deleteTableMs(deleteTableMs)
        .updateTableMs(updateTableMs)
        .maxItemSizeKb(maxItemSizeKb)
        .region(region)
        .startupTimeout(startupTimeout)
        .nodeExecutable(nodeExecutable)
        .cacheDirectory(cacheDirectory)
        .verbose(verbose);
  }

  /** Builds {@link LocalDynamoDbOptions}. */
  public static final class Builder {
    private int port;
    private @Nullable Path dataDirectory;
    private int createTableMs;
    private int deleteTableMs;
    private int updateTableMs;
    private int maxItemSizeKb = 400;
    private Region region = Region.US_EAST_1;
    private Duration startupTimeout = Duration.ofSeconds(30);
    private @Nullable Path nodeExecutable;
    private @Nullable Path cacheDirectory;
    private boolean verbose;

    private Builder() {}

    /** TCP port on 127.0.0.1; 0 (the default) picks a free port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Keep the data in this directory (created if missing) so it survives restarts; {@code null} = in memory. */
    public Builder dataDirectory(@Nullable Path dataDirectory) {
      this.dataDirectory = dataDirectory;
      return this;
    }

    /** How long a new table stays CREATING; 0 (the default) makes it ACTIVE at once. */
    public Builder createTableMs(int createTableMs) {
      this.createTableMs = createTableMs;
      return this;
    }

    /** How long a deleted table stays DELETING; default 0. */
    public Builder deleteTableMs(int deleteTableMs) {
      this.deleteTableMs = deleteTableMs;
      return this;
    }

    /** How long an updated table stays UPDATING; default 0. */
    public Builder updateTableMs(int updateTableMs) {
      this.updateTableMs = updateTableMs;
      return this;
    }

    /** The item size limit in KB; default 400 like DynamoDB. */
    public Builder maxItemSizeKb(int maxItemSizeKb) {
      this.maxItemSizeKb = maxItemSizeKb;
      return this;
    }

    /** The region the client signs for; default us-east-1. */
    public Builder region(Region region) {
      this.region = region;
      return this;
    }

    /** How long to wait for the process to listen; default 30 s (the first-use install is not counted). */
    public Builder startupTimeout(Duration startupTimeout) {
      this.startupTimeout = startupTimeout;
      return this;
    }

    /** The {@code node} binary to run; overrides {@code tabletheory.local.node} / {@code TABLETHEORY_LOCAL_NODE}. */
    public Builder nodeExecutable(@Nullable Path nodeExecutable) {
      this.nodeExecutable = nodeExecutable;
      return this;
    }

    /** Where dynalite is installed; overrides {@code tabletheory.local.cache-dir} / {@code TABLETHEORY_LOCAL_CACHE_DIR}. */
    public Builder cacheDirectory(@Nullable Path cacheDirectory) {
      this.cacheDirectory = cacheDirectory;
      return this;
    }

    /** Let dynalite log every request into the captured stderr (shown in startup failures). */
    public Builder verbose(boolean verbose) {
      this.verbose = verbose;
      return this;
    }

    /** The options. */
    public LocalDynamoDbOptions build() {
      return new LocalDynamoDbOptions(
          port,
          dataDirectory,
          createTableMs,
          deleteTableMs,
          updateTableMs,
          maxItemSizeKb,
          region,
          startupTimeout,
          nodeExecutable,
          cacheDirectory,
          verbose);
    }
  }
}
