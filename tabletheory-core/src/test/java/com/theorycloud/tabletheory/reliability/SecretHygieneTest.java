package com.theorycloud.tabletheory.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.encryption.DataKey;
import com.theorycloud.tabletheory.encryption.EncryptionContext;
import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.encryption.LocalKeyProvider;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.local.FaultInjector;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Secrets stay secret: with static (long-term) credentials, an encrypted attribute and every logger at its most verbose level
 * (the SDK's SLF4J logging is routed to java.util.logging in tests), nothing the engine, the SDK or the listener emits
 * contains the secret access key, the data key or the plaintext of an encrypted attribute, and an
 * unavailable key provider fails closed.
 */
class SecretHygieneTest {

    private static final String ACCESS_KEY_ID = "AKIARELIABILITYTEST7";
    private static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYRELIABILITY";
    private static final String PLAINTEXT = "PLAINTEXT-SECRET-4242-correct-horse";
    private static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 7 + 3);
        }
    }

    /** A record with an encrypted attribute. */
    @TableTheoryModel(table = "secrets")
    record Secret(@PartitionKey String pk, @SortKey String sk, @Encrypted String secret, String label,
            @Version long version) {
    }

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();
    private static final String TABLE = LOCAL.uniqueTableName("secrets");
    private static final List<String> LOGS = new CopyOnWriteArrayList<>();
    private static final List<OperationEvent> EVENTS = new CopyOnWriteArrayList<>();
    private static final List<Level> SAVED_LEVELS = new ArrayList<>();
    /**
     * The SDK at debug level (FINE), the engine at every level. Not the JDK's HttpURLConnection logger, which prints
     * raw request headers (the Authorization header, and a session token when there is one); and note that the SDK
     * signer's debug output ("AWS4 Canonical Request") includes x-amz-security-token when session credentials are
     * used. Both are the SDK's and the JDK's output, not the engine's; docs/reliability.md says to keep them off.
     */
    private static final String[] LOGGERS = {"software.amazon.awssdk", "com.theorycloud"};
    private static final Level[] LEVELS = {Level.FINE, Level.ALL};
    private static final Handler CAPTURE = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            LOGS.add(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private static DynamoDbClient client;
    private static TableTheory db;
    private static Table<Secret> secrets;

    @BeforeAll
    static void captureEverything() {
        CAPTURE.setLevel(Level.ALL);
        for (int i = 0; i < LOGGERS.length; i++) {
            Logger logger = Logger.getLogger(LOGGERS[i]);
            SAVED_LEVELS.add(logger.getLevel());
            logger.setLevel(LEVELS[i]);
        }
        Logger.getLogger("").addHandler(CAPTURE);
        client = DynamoDbClient.builder().endpointOverride(LOCAL.endpoint()).region(LOCAL.region())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .build();
        db = TableTheory.builder().client(client).keyProvider(LocalKeyProvider.of(KEY)).listener(EVENTS::add)
                .tableNameResolver(schema -> TABLE).build();
        secrets = db.table(Secret.class);
        db.ensureTable(secrets.schema());
    }

    @AfterAll
    static void restoreLogging() {
        Logger.getLogger("").removeHandler(CAPTURE);
        for (int i = 0; i < LOGGERS.length; i++) {
            Logger.getLogger(LOGGERS[i]).setLevel(SAVED_LEVELS.get(i));
        }
        db.deleteTableIfExists(secrets.schema());
        client.close();
    }

    @Test
    void neverEmitsCredentialsKeysOrPlaintext() {
        List<Throwable> failures = new ArrayList<>();
        secrets.create(new Secret("S#1", "A", PLAINTEXT, "label", 0));
        assertThat(secrets.get(Key.of("S#1", "A")).secret()).isEqualTo(PLAINTEXT);
        secrets.update(new Secret("S#1", "A", PLAINTEXT + "-2", "label", 0), "secret");
        secrets.query().partition("pk", "S#1").list();
        // Failures whose messages are built next to encrypted values.
        failures.add(catchThrowable(() -> secrets.create(new Secret("S#1", "A", PLAINTEXT, "label", 0))));
        failures.add(catchThrowable(() -> secrets.update(new Secret("S#1", "A", PLAINTEXT, "label", 0), "secret")));
        failures.add(catchThrowable(() -> secrets.put(new Secret("S#1", "A", PLAINTEXT, "label", 1),
                Condition.eq("secret", PLAINTEXT))));
        failures.add(catchThrowable(() -> secrets.query().partition("pk", "S#1")
                .filter(Condition.eq("secret", PLAINTEXT)).list()));
        failures.add(catchThrowable(() -> secrets.update(Key.of("S#1", "A"), Update.create()
                .set("secret", PLAINTEXT).onlyIf(Condition.beginsWith("secret", PLAINTEXT)))));
        failures.add(catchThrowable(() -> secrets.put(new Secret("S#2", "A", PLAINTEXT.repeat(20_000), "big", 0))));
        // SDK-level failures with the credentials in play: throttled to exhaustion, and a missing table.
        FaultInjector always = FaultInjector.builder().rate(1).faults(FaultInjector.Fault.THROTTLING).build();
        try (DynamoDbClient throttled = DynamoDbClient.builder().endpointOverride(LOCAL.endpoint())
                .region(LOCAL.region()).credentialsProvider(client.serviceClientConfiguration().credentialsProvider())
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(o -> o.addExecutionInterceptor(always).retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(2)
                                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                                .backoffStrategy(BackoffStrategy.retryImmediately()).build())).build()) {
            TableTheory throttledDb = TableTheory.builder().client(throttled).keyProvider(LocalKeyProvider.of(KEY))
                    .listener(EVENTS::add).tableNameResolver(schema -> TABLE).build();
            failures.add(catchThrowable(() -> throttledDb.table(Secret.class)
                    .put(new Secret("S#3", "A", PLAINTEXT, "label", 0))));
        }
        TableTheory missing = TableTheory.builder().client(client).keyProvider(LocalKeyProvider.of(KEY))
                .tableNameResolver(schema -> TABLE + "-missing").build();
        failures.add(catchThrowable(() -> missing.table(Secret.class).put(new Secret("S#4", "A", PLAINTEXT, "l", 0))));

        assertThat(failures).allSatisfy(f -> assertThat(f).isInstanceOf(TableTheoryException.class));
        StringBuilder emitted = new StringBuilder();
        LOGS.forEach(line -> emitted.append(line).append('\n'));
        EVENTS.forEach(event -> emitted.append(event).append('\n'));
        failures.forEach(f -> emitted.append(stackTrace(f)).append('\n'));
        assertThat(LOGS).as("the SDK logged at debug level while the engine ran").isNotEmpty();
        assertThat(EVENTS).isNotEmpty();
        String text = emitted.toString();
        assertThat(text).doesNotContain(SECRET_ACCESS_KEY)
                .doesNotContain(PLAINTEXT).doesNotContain(Base64.getEncoder().encodeToString(KEY));
        System.out.printf("[reliability] secret hygiene: scanned %d log records, %d listener events and %d exception"
                + " traces (%d chars); access key id present: %s%n", LOGS.size(), EVENTS.size(), failures.size(),
                text.length(), text.contains(ACCESS_KEY_ID));
    }

    @Test
    void failsClosedWhenTheKeyProviderIsUnavailable() {
        KeyProvider broken = new KeyProvider() {
            @Override
            public DataKey generateDataKey(EncryptionContext context) {
                throw new IllegalStateException("KMS unreachable");
            }

            @Override
            public byte[] decryptDataKey(byte[] encryptedKey, EncryptionContext context) {
                throw new IllegalStateException("KMS unreachable");
            }
        };
        TableTheory brokenDb = TableTheory.builder().client(client).keyProvider(broken)
                .tableNameResolver(schema -> TABLE).build();
        Table<Secret> brokenSecrets = brokenDb.table(Secret.class);
        secrets.create(new Secret("S#5", "A", PLAINTEXT, "readable", 0));

        Throwable write = catchThrowable(() -> brokenSecrets.create(new Secret("S#6", "A", PLAINTEXT, "l", 0)));
        Throwable batch = catchThrowable(() -> brokenSecrets.batchWrite(
                List.of(new Secret("S#7", "A", PLAINTEXT, "l", 0)), List.of()));
        Throwable tx = catchThrowable(() -> brokenDb.transactWrite()
                .create(brokenSecrets, new Secret("S#8", "A", PLAINTEXT, "l", 0)).execute());
        Throwable read = catchThrowable(() -> brokenSecrets.get(Key.of("S#5", "A")));

        for (Throwable failure : List.of(write, batch, tx, read)) {
            assertThat(failure).isInstanceOf(TableTheoryException.class).hasMessageContaining("Secret");
            assertThat(stackTrace(failure)).doesNotContain(PLAINTEXT);
            System.out.println("[reliability] key provider down -> " + failure.getClass().getSimpleName() + ": "
                    + failure.getMessage());
        }
        for (String pk : List.of("S#6", "S#7", "S#8")) {
            assertThat(LOCAL.client().getItem(b -> b.tableName(TABLE).consistentRead(true)
                    .key(secrets.storedKey(Key.of(pk, "A")))).hasItem()).as(pk + " written").isFalse();
        }
    }

    private static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
