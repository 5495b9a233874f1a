package com.theorycloud.tabletheory.spring.boot.autoconfigure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.theorycloud.tabletheory.model.NamingConvention;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tabletheory.*}: how the DynamoDB client connects, where models come from, what startup does
 * about tables, and the opt-in local DynamoDB server for development and tests.
 *
 * @param client How the DynamoDB client connects: region, endpoint, credentials, HTTP and retries.
 * @param models Where models come from and how their table names are formed.
 * @param schema What startup does about the tables the models describe.
 * @param local The local DynamoDB server for development and tests (off unless enabled).
 * @param health How the tabletheory health indicator checks the tables.
 * @param encryption Where the data keys of encrypted attributes come from.
 * @param outbox The outbox table and the relay that dispatches its records.
 * @param repositories Spring Data repositories over TableTheory models.
 */
@ConfigurationProperties("tabletheory")
public record TableTheoryProperties(@DefaultValue Client client, @DefaultValue Models models,
        @DefaultValue Schema schema, @DefaultValue Local local, @DefaultValue Health health,
        @DefaultValue Encryption encryption, @DefaultValue Outbox outbox, @DefaultValue Repositories repositories) {

    /**
     * How the DynamoDB client reaches DynamoDB.
     *
     * @param region AWS region of the tables, for example eu-west-1; when unset the AWS SDK's region chain decides
     *        (aws.region system property, AWS_REGION environment variable, profile file, instance metadata).
     * @param endpoint Endpoint to call instead of the region's DynamoDB endpoint, for example http://localhost:8000
     *        for a local server; must not be combined with tabletheory.local.enabled.
     * @param credentials Credentials that sign requests; the AWS SDK's default chain unless a static key pair is set.
     * @param http HTTP connection settings of the DynamoDB client.
     * @param retry How failed calls are retried.
     * @param consistentRead Whether gets, batch gets, and queries and scans of a table or local secondary index read
     *        strongly consistently when the call does not choose; global secondary indexes are always read eventually
     *        consistently.
     */
    public record Client(@Nullable String region, @Nullable URI endpoint, @DefaultValue Credentials credentials,
            @DefaultValue Http http, @DefaultValue Retry retry, @DefaultValue("false") boolean consistentRead) {

        public Client {
            if (region != null && region.isBlank()) {
                throw new IllegalArgumentException(
                        "tabletheory.client.region is blank; set a region such as eu-west-1 or remove the property");
            }
            if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
                throw new IllegalArgumentException("tabletheory.client.endpoint '" + endpoint
                        + "' is not an absolute URI; write it with scheme and host, such as http://localhost:8000");
            }
        }
    }

    /**
     * A static key pair for local DynamoDB servers. On AWS leave both unset so the SDK's default credentials chain
     * (environment, profile, container or instance role) supplies short-lived credentials.
     *
     * @param accessKey Access key id of a static key pair, for local use only; requires secret-key.
     * @param secretKey Secret access key of a static key pair, for local use only; requires access-key.
     */
    public record Credentials(@Nullable String accessKey, @Nullable String secretKey) {

        public Credentials {
            // An empty value (e.g. an unset environment variable in ${...}) counts as missing, not as a key.
            boolean hasAccessKey = accessKey != null && !accessKey.isBlank();
            boolean hasSecretKey = secretKey != null && !secretKey.isBlank();
            if (hasAccessKey != hasSecretKey || (accessKey != null && !hasAccessKey)
                    || (secretKey != null && !hasSecretKey)) {
                throw new IllegalArgumentException("tabletheory.client.credentials.access-key and secret-key must be"
                        + " set together; set both for a static key pair or neither for the default credentials chain");
            }
        }

        /** Whether a static key pair is configured. */
        public boolean isStatic() {
            return accessKey != null;
        }

        @Override
        public String toString() {
            // The secret must never reach logs or failure reports.
            return "Credentials[accessKey=" + accessKey + ", secretKey=" + (secretKey == null ? null : "******") + "]";
        }
    }

    /**
     * HTTP settings of the DynamoDB client.
     *
     * @param type Which of the AWS SDK's blocking HTTP clients to use.
     * @param connectionTimeout How long to wait for a TCP connection to DynamoDB.
     * @param socketTimeout How long to wait for data on an open connection before the call fails.
     * @param maxConnections Largest number of open connections (Apache client only; the URL connection client has
     *        no pool to size).
     */
    public record Http(@DefaultValue("auto") HttpClientType type, @DefaultValue("2s") Duration connectionTimeout,
            @DefaultValue("30s") Duration socketTimeout, @DefaultValue("50") int maxConnections) {

        public Http {
            if (maxConnections < 1) {
                throw new IllegalArgumentException(
                        "tabletheory.client.http.max-connections must be at least 1, was " + maxConnections);
            }
        }
    }

    /** Which blocking HTTP client of the AWS SDK the DynamoDB client uses. */
    public enum HttpClientType {
        /** The Apache client when it is on the class path, otherwise the URL connection client. */
        AUTO,
        /** The pooled Apache HttpClient 5 based client (software.amazon.awssdk:apache5-client). */
        APACHE5,
        /** The JDK's HttpURLConnection based client (software.amazon.awssdk:url-connection-client). */
        URL_CONNECTION
    }

    /**
     * How failed DynamoDB calls are retried.
     *
     * @param mode Retry strategy of the AWS SDK.
     * @param maxAttempts Total attempts per call, the first one included; 1 turns retries off.
     */
    public record Retry(@DefaultValue("standard") RetryMode mode, @DefaultValue("3") int maxAttempts) {

        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException(
                        "tabletheory.client.retry.max-attempts must be at least 1 (1 means no retries), was "
                                + maxAttempts);
            }
        }
    }

    /** Retry strategies of the AWS SDK. */
    public enum RetryMode {
        /** Exponential backoff with jitter and a retry quota; the AWS recommendation. */
        STANDARD,
        /** Standard, plus client-side rate limiting when DynamoDB throttles. */
        ADAPTIVE,
        /** The AWS SDK's historic behaviour, kept for applications that depend on it. */
        LEGACY
    }

    /**
     * Where models come from and how their table names are formed.
     *
     * @param packages Packages scanned for annotated model classes; when empty the application's auto-configuration
     *        packages (those of the @SpringBootApplication class) are scanned.
     * @param dms Locations of DMS model documents (YAML), such as classpath:tabletheory/models.yml.
     * @param tablePrefix Text put before every table name, such as an environment name ending in a dash.
     * @param tableSuffix Text put after every table name.
     * @param namingConvention How Java property names become attribute names in annotated models that declare no
     *        naming convention in their TableTheoryModel annotation; a model shared with other runtimes should
     *        declare its own.
     */
    public record Models(@DefaultValue List<String> packages, @DefaultValue List<String> dms,
            @DefaultValue("") String tablePrefix, @DefaultValue("") String tableSuffix,
            @DefaultValue("camel-case") NamingConvention namingConvention) {
    }

    /**
     * What startup does about the tables the models describe.
     *
     * @param mode Whether startup leaves tables alone, checks them against the models, or creates missing ones.
     * @param billingMode Billing mode of tables that startup creates.
     * @param readCapacityUnits Read capacity of created tables when billing-mode is provisioned.
     * @param writeCapacityUnits Write capacity of created tables when billing-mode is provisioned.
     */
    public record Schema(@DefaultValue("none") SchemaMode mode,
            @DefaultValue("pay-per-request") BillingMode billingMode, @DefaultValue("5") long readCapacityUnits,
            @DefaultValue("5") long writeCapacityUnits) {

        public Schema {
            if (readCapacityUnits < 1 || writeCapacityUnits < 1) {
                throw new IllegalArgumentException("tabletheory.schema.read-capacity-units and write-capacity-units"
                        + " must be at least 1, were " + readCapacityUnits + " and " + writeCapacityUnits);
            }
        }
    }

    /** What startup does about tables. */
    public enum SchemaMode {
        /** Leave tables alone; they are managed elsewhere (infrastructure as code). */
        NONE,
        /** Fail startup when a table is missing or its keys and indexes differ from the model. */
        VALIDATE,
        /** Create missing tables from the models, then validate every table. */
        CREATE
    }

    /** Billing modes of created tables. */
    public enum BillingMode {
        /** On-demand capacity, paid per request. */
        PAY_PER_REQUEST,
        /** Fixed read and write capacity units. */
        PROVISIONED
    }

    /**
     * The local DynamoDB server (dynalite run with Node.js) for development and tests. It never starts unless
     * enabled, and it is not meant for production.
     *
     * @param enabled Whether to start a local DynamoDB server and point the client at it; needs tabletheory-local on
     *        the class path and Node.js installed. Nothing starts when a service connection (such as a Testcontainers
     *        container) already supplies the connection details.
     * @param port TCP port of the local server on 127.0.0.1; 0 picks a free port.
     * @param dataDirectory Directory where the local server keeps its data between runs; in memory when unset.
     * @param nodeExecutable Path of the Node.js executable; when unset node is looked up on the PATH.
     */
    public record Local(@DefaultValue("false") boolean enabled, @DefaultValue("0") int port,
            @Nullable Path dataDirectory, @Nullable Path nodeExecutable) {

        public Local {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(
                        "tabletheory.local.port must be between 0 (any free port) and 65535, was " + port);
            }
        }
    }

    /**
     * How the tabletheory health indicator (management.health.tabletheory.enabled) checks the models' tables.
     *
     * @param timeout How long one DescribeTable call of the health check may take before the table counts as down.
     * @param cacheTimeToLive How long a health result is reused before the tables are described again; 0 checks on
     *        every request.
     */
    public record Health(@DefaultValue("2s") Duration timeout, @DefaultValue("10s") Duration cacheTimeToLive) {

        public Health {
            if (timeout.isNegative() || timeout.isZero() || cacheTimeToLive.isNegative()) {
                throw new IllegalArgumentException("tabletheory.health.timeout must be positive and"
                        + " tabletheory.health.cache-time-to-live must not be negative, were " + timeout + " and "
                        + cacheTimeToLive);
            }
        }
    }

    /**
     * Where the data keys of encrypted attributes come from: AWS KMS in production, a local key in development. At
     * most one of kms-key-id and local-key may be set; a KeyProvider bean of the application replaces both.
     *
     * @param kmsKeyId KMS key (id, ARN or alias ARN) that generates and decrypts the data keys of encrypted
     *        attributes; needs software.amazon.awssdk:kms on the class path.
     * @param localKey Base64 of a 32-byte AES key that protects data keys without KMS; for development and tests
     *        only, never in production.
     * @param cache How KMS data keys are cached and reused.
     */
    public record Encryption(@Nullable String kmsKeyId, @Nullable String localKey, @DefaultValue Cache cache) {

        public Encryption {
            if (kmsKeyId != null && kmsKeyId.isBlank() || localKey != null && localKey.isBlank()) {
                throw new IllegalArgumentException("tabletheory.encryption.kms-key-id or local-key is blank; set a"
                        + " value or remove the property");
            }
            if (kmsKeyId != null && localKey != null) {
                throw new IllegalArgumentException("tabletheory.encryption.kms-key-id and tabletheory.encryption"
                        + ".local-key are both set; use kms-key-id in production and local-key only in development,"
                        + " never both (set local-key in a dev profile only)");
            }
        }

        @Override
        public String toString() {
            // The local key must never reach logs or failure reports.
            return "Encryption[kmsKeyId=" + kmsKeyId + ", localKey=" + (localKey == null ? null : "******")
                    + ", cache=" + cache + "]";
        }
    }

    /**
     * How data keys from KMS are cached, so not every encrypted value costs a KMS call.
     *
     * @param maxAge How long a data key stays in memory.
     * @param maxEntries How many data keys are cached at most.
     * @param maxReuse How many values one data key seals at most; 1 asks KMS for a fresh data key per value.
     */
    public record Cache(@DefaultValue("5m") Duration maxAge, @DefaultValue("1000") int maxEntries,
            @DefaultValue("1000") long maxReuse) {

        public Cache {
            if (maxAge.isNegative() || maxAge.isZero() || maxEntries < 1 || maxReuse < 1) {
                throw new IllegalArgumentException("tabletheory.encryption.cache.max-age must be positive and"
                        + " max-entries and max-reuse at least 1, were " + maxAge + ", " + maxEntries + " and "
                        + maxReuse);
            }
        }
    }

    /**
     * The outbox table and the relay that delivers its records to the application's handlers.
     *
     * @param enabled Whether to set up the outbox of tabletheory.outbox.table, its backlog metrics and health.
     * @param table Logical name of the outbox table (the table-prefix and table-suffix apply); it may be the
     *        release-state table.
     * @param indexName Name of the outbox table's due-records index.
     * @param relayEnabled Whether this instance runs a relay that dispatches due records to the OutboxHandler beans
     *        and @OutboxListener methods; instances that only write records can turn it off.
     * @param pollInterval How long the relay waits after a poll that found less than a batch.
     * @param batchSize How many due records one poll claims at most.
     * @param leaseTime How long a claim lasts without renewal; a running dispatch renews it every third of this time,
     *        so it is how long the records of a relay that died wait before another relay delivers them.
     * @param maxAttempts After how many failed attempts a record moves to the dead letter.
     * @param backoffBase Delay before the first retry of a failed record; it doubles per attempt, with jitter.
     * @param backoffMax Longest delay between two attempts of a record.
     * @param retention How long delivered records stay in the outbox table before its TTL removes them.
     * @param concurrency How many records the relay dispatches in parallel.
     * @param owner Name of this relay in lease tokens, thread names and logs; the host name and a random suffix when
     *        unset.
     * @param maxDueAge How long a record may wait past its due time before the outbox health indicator is DOWN.
     * @param backlogCacheTimeToLive How long a backlog count is reused by the gauges and the health indicator before
     *        the outbox index is read again.
     * @param leaseRenewalInterval How often a running dispatch renews its lease to a full lease-time from now; a third
     *        of lease-time when unset. Must be shorter than lease-time.
     */
    public record Outbox(@DefaultValue("false") boolean enabled, @DefaultValue("outbox") String table,
            @DefaultValue("outbox-due") String indexName, @DefaultValue("true") boolean relayEnabled,
            @DefaultValue("1s") Duration pollInterval, @DefaultValue("25") int batchSize,
            @DefaultValue("30s") Duration leaseTime, @DefaultValue("8") int maxAttempts,
            @DefaultValue("1s") Duration backoffBase, @DefaultValue("5m") Duration backoffMax,
            @DefaultValue("7d") Duration retention, @DefaultValue("4") int concurrency, @Nullable String owner, @DefaultValue("5m") Duration maxDueAge,
            @DefaultValue("30s") Duration backlogCacheTimeToLive, @Nullable Duration leaseRenewalInterval) {

        public Outbox {
            if (table.isBlank() || indexName.isBlank()) {
                throw new IllegalArgumentException(
                        "tabletheory.outbox.table and tabletheory.outbox.index-name must not be blank");
            }
            if (batchSize < 1 || maxAttempts < 1 || concurrency < 1) {
                throw new IllegalArgumentException("tabletheory.outbox.batch-size, max-attempts and concurrency must"
                        + " be at least 1, were " + batchSize + ", " + maxAttempts + " and " + concurrency);
            }
            if (notPositive(pollInterval) || notPositive(leaseTime) || notPositive(maxDueAge)
                    || backlogCacheTimeToLive.isNegative()) {
                throw new IllegalArgumentException("tabletheory.outbox.poll-interval, lease-time and max-due-age must"
                        + " be positive and backlog-cache-time-to-live must not be negative");
            }
            if (leaseRenewalInterval != null
                    && (notPositive(leaseRenewalInterval) || leaseRenewalInterval.compareTo(leaseTime) >= 0)) {
                throw new IllegalArgumentException("tabletheory.outbox.lease-renewal-interval must be positive and"
                        + " shorter than lease-time, were " + leaseRenewalInterval + " and " + leaseTime);
            }
            if (notPositive(backoffBase) || notPositive(backoffMax) || notPositive(retention)
                    || backoffMax.compareTo(backoffBase) < 0) {
                throw new IllegalArgumentException("tabletheory.outbox.backoff-base, backoff-max and retention must be"
                        + " positive and backoff-max at least backoff-base, were " + backoffBase + ", " + backoffMax
                        + " and " + retention);
            }
        }

        private static boolean notPositive(Duration duration) {
            return duration.isNegative() || duration.isZero();
        }
    }

    /**
     * Spring Data repositories over TableTheory models.
     *
     * @param enabled Whether the repository interfaces in the application's packages are registered when no
     *        configuration carries the EnableTableTheoryRepositories annotation.
     * @param bootstrapMode When the auto-configured repositories are created, and so when their derived queries are
     *        validated against the models: default and deferred before the application is ready, lazy on first use.
     */
    public record Repositories(@DefaultValue("true") boolean enabled,
            @DefaultValue("default") RepositoryBootstrapMode bootstrapMode) {
    }

    /** When the auto-configured repositories are created (Spring Data's bootstrap modes). */
    public enum RepositoryBootstrapMode {
        /** While the context starts, like any singleton; a method no key or index can serve fails the startup. */
        DEFAULT,
        /**
         * After the other singletons, when the context has been refreshed and before the application is ready; a
         * method no key or index can serve still fails the startup.
         */
        DEFERRED,
        /** On first use; a method no key or index can serve fails there, not at startup. */
        LAZY
    }
}
