package com.theorycloud.tabletheory.local;

import com.theorycloud.tabletheory.local.internal.NodeInstallation;
import com.theorycloud.tabletheory.local.internal.NodeRuntime;
import com.theorycloud.tabletheory.local.internal.ServerProcess;
import com.theorycloud.tabletheory.local.internal.ServerSettings;
import com.theorycloud.tabletheory.local.internal.Setting;
import com.theorycloud.tabletheory.local.internal.StartupException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB endpoint for tests and local development. Usually the embedded server: dynalite 4 plus TableTheory's
 * extension for transactions and TTL settings, run by the machine's Node.js as a child process. Use {@link
 * #shared()} in tests (one per JVM) or {@link #start(LocalDynamoDbOptions)} for an own instance with its own port or
 * data directory. When {@code TABLETHEORY_DYNAMODB_ENDPOINT} is set, {@link #shared()} points at that endpoint
 * (AWS or another emulator) instead and starts nothing.
 */
public final class LocalDynamoDb implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(LocalDynamoDb.class.getName());
  private static final String DUMMY_KEY = "tabletheory-local";
  private static final String RUN_ID = newRunId();
  private static final AtomicLong TABLE_COUNTER = new AtomicLong();
  private static final Object SHARED_LOCK = new Object();
  private static volatile @Nullable LocalDynamoDb shared;

  private final URI endpoint;
  private final Region region;
  private final AwsCredentialsProvider credentialsProvider;
  private final DynamoDbClient client;
  private final @Nullable ServerProcess process;
  private final boolean isShared;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalDynamoDb(
      URI endpoint,
      Region region,
      AwsCredentialsProvider credentialsProvider,
      @Nullable ServerProcess process,
      boolean isShared) {
    this.endpoint = endpoint;
    this.region = region;
    this.credentialsProvider = credentialsProvider;
    this.process = process;
    this.isShared = isShared;
    this.client =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(region)
            .credentialsProvider(credentialsProvider)
            .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)).build())
            .build();
  }

  /**
   * The JVM-wide instance, started on first use and stopped by a shutdown hook. If {@code
   * TABLETHEORY_DYNAMODB_ENDPOINT} (or system property {@code tabletheory.dynamodb.endpoint}) is set, it connects
   * there instead, with the region from {@code AWS_REGION} / {@code tabletheory.dynamodb.region} (default
   * us-east-1) and the default credentials chain. Closing the shared instance does nothing; the hook stops it.
   */
  public static LocalDynamoDb shared() {
    LocalDynamoDb current = shared;
    if (current != null) {
      return current;
    }
    synchronized (SHARED_LOCK) {
      if (shared == null) {
        LocalDynamoDb created =
            Setting.ENDPOINT.value().map(endpoint -> external(endpoint, true)).orElseGet(() -> embedded(LocalDynamoDbOptions.defaults(), true));
        Runtime.getRuntime()
            .addShutdownHook(new Thread(created::stop, "tabletheory-local-dynamodb-shutdown"));
        shared = created;
      }
      return shared;
    }
  }

  /** Starts an own embedded server with these options; close it when done (try-with-resources). */
  public static LocalDynamoDb start(LocalDynamoDbOptions options) {
    return embedded(options, false);
  }

  private static LocalDynamoDb embedded(LocalDynamoDbOptions options, boolean isShared) {
    NodeRuntime runtime;
    NodeInstallation installation;
    long started;
    ServerProcess process;
    try {
      runtime = NodeRuntime.locate(options.nodeExecutable());
      installation = NodeInstallation.ensure(runtime, options.cacheDirectory());
      started = System.nanoTime();
      process = ServerProcess.start(runtime, installation, settings(options));
    } catch (StartupException e) {
      // Same message (it names the fix); the internal exception stays the cause, with where it was thrown.
      throw new LocalDynamoDbException(String.valueOf(e.getMessage()), e);
    }
    LocalDynamoDb server =
        new LocalDynamoDb(
            URI.create("http://127.0.0.1:" + process.port()),
            options.region(),
            StaticCredentialsProvider.create(AwsBasicCredentials.create(DUMMY_KEY, DUMMY_KEY)),
            process,
            isShared);
    try {
      // The ready line is printed from the listen callback; one real request proves the DynamoDB API answers.
      server.client.listTables(request -> request.limit(1));
    } catch (RuntimeException e) {
      server.stop();
      throw new LocalDynamoDbException(
          "The local DynamoDB started but does not answer ListTables at "
              + server.endpoint
              + ": "
              + e.getMessage()
              + ". Its output:\n"
              + process.outputTail(),
          e);
    }
    long startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    LOG.log(
        Level.INFO,
        "Local DynamoDB (dynalite, Node.js {0}) answering at {1} after {2} ms{3}{4}",
        runtime.version(),
        server.endpoint,
        startupMillis,
        options.dataDirectory() == null ? " (in memory)" : " (data in " + options.dataDirectory() + ")",
        installation.installMillis() > 0 ? "; first-use npm ci took " + installation.installMillis() + " ms" : "");
    return server;
  }

  /** Connects to an already running endpoint; package-private so tests can exercise the external mode. */
  private static ServerSettings settings(LocalDynamoDbOptions options) {
    return new ServerSettings(
        options.port(),
        options.createTableMs(),
        options.deleteTableMs(),
        options.updateTableMs(),
        options.maxItemSizeKb(),
        options.dataDirectory(),
        options.verbose(),
        options.startupTimeout());
  }

  static LocalDynamoDb external(String endpoint, boolean isShared) {
    Region region = Setting.REGION.value().map(Region::of).orElse(Region.US_EAST_1);
    // The default chain serves AWS; an emulator without configured credentials still gets dummy ones.
    AwsCredentialsProvider credentials =
        AwsCredentialsProviderChain.builder()
            .credentialsProviders(
                DefaultCredentialsProvider.builder().build(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(DUMMY_KEY, DUMMY_KEY)))
            .build();
    LOG.log(Level.INFO, "Using the external DynamoDB endpoint {0} ({1})", endpoint, region);
    return new LocalDynamoDb(URI.create(endpoint), region, credentials, null, isShared);
  }

  /** The endpoint URI, e.g. {@code http://127.0.0.1:41234}. */
  public URI endpoint() {
    return endpoint;
  }

  /** The region clients should sign for. */
  public Region region() {
    return region;
  }

  /** Static dummy credentials for the embedded server; the default chain for an external endpoint. */
  public AwsCredentialsProvider credentialsProvider() {
    return credentialsProvider;
  }

  /** A ready client for this endpoint; shared, so do not close it (it is closed with the server). */
  public DynamoDbClient client() {
    return client;
  }

  /**
   * A table name unique for every call: {@code base}, a per-JVM random part (so JVMs sharing an endpoint do not
   * collide) and a counter. Characters DynamoDB does not allow are replaced by '-'.
   */
  public String uniqueTableName(String base) {
    String cleaned = base.replaceAll("[^a-zA-Z0-9_.-]", "-");
    if (cleaned.isEmpty()) {
      cleaned = "table";
    }
    String suffix = "-" + RUN_ID + "-" + TABLE_COUNTER.incrementAndGet();
    int room = 255 - suffix.length();
    return (cleaned.length() > room ? cleaned.substring(0, room) : cleaned) + suffix;
  }

  /** True for a server this JVM started; false when pointed at an external endpoint. */
  public boolean isEmbedded() {
    return process != null;
  }

  /** The server process id, or -1 for an external endpoint. For diagnostics. */
  public long pid() {
    return process == null ? -1 : process.pid();
  }

  /** Stops the server process and its whole process tree and closes the client. Idempotent; no-op on shared(). */
  @Override
  public void close() {
    if (!isShared) {
      stop();
    }
  }

  private void stop() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      client.close();
    } finally {
      if (process != null) {
        process.stop();
      }
    }
  }

  @Override
  public String toString() {
    return "LocalDynamoDb[" + endpoint + (isEmbedded() ? ", embedded" : ", external") + "]";
  }

  private static String newRunId() {
    byte[] bytes = new byte[3];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
  }
}
