package com.theorycloud.tabletheory;

import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.encryption.LocalKeyProvider;
import com.theorycloud.tabletheory.encryption.internal.EncryptingItemCodec;
import com.theorycloud.tabletheory.error.DynamoDbOperationException;
import com.theorycloud.tabletheory.internal.ErrorTranslator;
import com.theorycloud.tabletheory.internal.FailureContext;
import com.theorycloud.tabletheory.internal.OperationHooks;
import com.theorycloud.tabletheory.internal.PrimingClient;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.operation.OperationListener;
import com.theorycloud.tabletheory.schema.CloudFormationTable;
import com.theorycloud.tabletheory.schema.CloudFormationTemplate;
import com.theorycloud.tabletheory.schema.TableDefinition;
import com.theorycloud.tabletheory.transaction.TransactGet;
import com.theorycloud.tabletheory.transaction.TransactWrite;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The TableTheory engine: one per DynamoDB client and configuration, handing out a typed {@link Table} per model.
 * Thread-safe; create it once and share it.
 *
 * <pre>{@code
 * TableTheory db = TableTheory.builder().client(dynamoDbClient).build();
 * Table<User> users = db.table(userCodec);
 * users.create(new User("USER#1", "PROFILE", "Al"));
 * }</pre>
 */
public final class TableTheory {

    private static final Duration TABLE_WAIT = Duration.ofMinutes(2);

    private final DynamoDbClient client;
    private final Clock clock;
    private final TableNameResolver tableNameResolver;
    private final OperationListener listener;
    private final @Nullable KeyProvider keyProvider;
    private final NamingConvention defaultNaming;
    private final boolean consistentReads;
    private final Map<ItemCodec<?>, Table<?>> tables = new ConcurrentHashMap<>();

    private TableTheory(Builder builder) {
        this.client = Objects.requireNonNull(builder.client,
                "TableTheory needs a DynamoDbClient: call builder().client(...)");
        this.clock = builder.clock;
        this.tableNameResolver = builder.tableNameResolver;
        this.listener = OperationHooks.of(builder.listener, builder.interceptor);
        this.keyProvider = builder.keyProvider;
        this.defaultNaming = builder.defaultNaming;
        this.consistentReads = builder.consistentReads;
    }

    /** Starts configuring an engine. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The table handle of a codec's model, built on first use and cached per codec. Nothing is called here: schemas
     * are validated when they are built. A model with encrypted attributes gets a table that seals them on every
     * write and opens them on every read.
     *
     * @throws com.theorycloud.tabletheory.error.EncryptionNotConfiguredException when the model has encrypted
     *         attributes but no {@link Builder#keyProvider(KeyProvider) key provider} is configured (fail closed)
     */
    public <T> Table<T> table(ItemCodec<T> codec) {
        return tableFor(codec);
    }

    /**
     * The table handle for an annotated model class ({@code @TableTheoryModel}). The model is read, validated and
     * compiled once per class.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model
     * @throws com.theorycloud.tabletheory.error.EncryptionNotConfiguredException when the model has {@code @Encrypted}
     *         attributes but no key provider is configured
     */
    public <T> Table<T> table(Class<T> modelType) {
        return tableFor(codec(modelType));
    }

    /**
     * The compiled codec of an annotated model class under this engine's {@link Builder#defaultNaming default naming
     * convention}; the same codec {@link #table(Class)} uses.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model
     */
    public <T> ItemCodec<T> codec(Class<T> modelType) {
        return ItemCodecs.forClass(modelType, defaultNaming);
    }

    /**
     * The schema of an annotated model class under this engine's {@link Builder#defaultNaming default naming
     * convention}.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model
     */
    public ModelSchema schema(Class<?> modelType) {
        return AnnotatedModels.schemaOf(modelType, defaultNaming);
    }

    /** The naming convention of annotated models that declare none. */
    public NamingConvention defaultNaming() {
        return defaultNaming;
    }

    /** Whether reads that do not choose their consistency read strongly consistently (never on a GSI). */
    public boolean consistentReads() {
        return consistentReads;
    }

    @SuppressWarnings("unchecked")
    private <T> Table<T> tableFor(ItemCodec<T> codec) {
        return (Table<T>) tables.computeIfAbsent(codec, c -> new Table<>(EncryptingItemCodec.wrap(codec, keyProvider),
                tableName(codec.schema()), client, clock, listener, consistentReads));
    }

    /** The physical table name of a model, after the {@link TableNameResolver}. */
    public String tableName(ModelSchema schema) {
        return tableNameResolver.resolve(schema);
    }

    /** The table a model needs, under its physical name. */
    public TableDefinition tableDefinition(ModelSchema schema) {
        return TableDefinition.of(schema, tableName(schema));
    }

    /**
     * A model's table, under its physical name, as a CloudFormation {@code AWS::DynamoDB::Table} resource (on-demand
     * billing, TTL when the model has a {@code ttl} attribute); for AWS CDK or CloudFormation templates.
     */
    public CloudFormationTable cloudFormationTable(ModelSchema schema) {
        return CloudFormationTable.of(schema, tableName(schema));
    }

    /**
     * The tables of several models, under their physical names, as one CloudFormation template; models sharing a
     * table share one resource. Write {@link CloudFormationTemplate#toJson()} to a file for AWS CDK or CloudFormation.
     */
    public CloudFormationTemplate cloudFormationTemplate(Collection<ModelSchema> schemas) {
        return CloudFormationTemplate.of(schemas, this::tableName);
    }

    /**
     * Creates a model's table (on-demand billing) and waits until it is active; for tests and development.
     *
     * @throws com.theorycloud.tabletheory.error.DynamoDbOperationException when the table exists or creation fails
     */
    public void createTable(ModelSchema schema) {
        create(schema, tableDefinition(schema).toCreateTableRequest());
    }

    /**
     * Creates a model's table unless it exists, then waits until it is active; for tests and development.
     *
     * @return whether the table was created
     */
    public boolean ensureTable(ModelSchema schema) {
        String name = tableName(schema);
        if (describe(schema, name) != null) {
            awaitActive(schema, name);
            return false;
        }
        try {
            create(schema, tableDefinition(schema).toCreateTableRequest());
            return true;
        } catch (DynamoDbOperationException e) {
            if (e.getCause() instanceof ResourceInUseException) {
                // Someone else created it between our describe and create.
                awaitActive(schema, name);
                return false;
            }
            throw e;
        }
    }

    /**
     * Deletes a model's table if it exists; for tests and development.
     *
     * @return whether a table was deleted
     */
    public boolean deleteTableIfExists(ModelSchema schema) {
        String name = tableName(schema);
        try {
            client.deleteTable(b -> b.tableName(name));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        } catch (SdkException e) {
            throw ErrorTranslator.translate(e, FailureContext.of(schema.name(), name, "delete table", null));
        }
    }

    private void create(ModelSchema schema, CreateTableRequest request) {
        try {
            client.createTable(request);
        } catch (SdkException e) {
            throw ErrorTranslator.translate(e, FailureContext.of(schema.name(), request.tableName(), "create table",
                    null));
        }
        awaitActive(schema, request.tableName());
    }

    private @Nullable DescribeTableResponse describe(ModelSchema schema, String name) {
        try {
            return client.describeTable(b -> b.tableName(name));
        } catch (ResourceNotFoundException e) {
            return null;
        } catch (SdkException e) {
            throw ErrorTranslator.translate(e, FailureContext.of(schema.name(), name, "describe table", null));
        }
    }

    private void awaitActive(ModelSchema schema, String name) {
        long deadline = System.nanoTime() + TABLE_WAIT.toNanos();
        long pause = 10;
        while (true) {
            DescribeTableResponse response = describe(schema, name);
            if (response != null && response.table().tableStatus() == TableStatus.ACTIVE) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new DynamoDbOperationException(schema.name(), "Table '" + name
                        + "' of model " + schema.name() + " did not become ACTIVE within " + TABLE_WAIT.toSeconds()
                        + "s; check the table in the DynamoDB console or endpoint");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DynamoDbOperationException(schema.name(),
                        "Interrupted while waiting for table '" + name + "' to become ACTIVE", e);
            }
            pause = Math.min(pause * 2, 500);
        }
    }

    // ---- Priming ------------------------------------------------------------------------------------------------

    /**
     * Runs the engine's item paths once for each sample, without calling DynamoDB, so that the first real request
     * does not pay for them: for AWS Lambda SnapStart or CRaC, call it before the snapshot is taken (and for any
     * JVM, where the first request should not be the slow one). Each sample's model is read and compiled (as
     * {@link #table(Class)} does), then the sample is created, put, read by key, found, updated in full, queried by
     * its partition key and deleted through this engine's rules (versions, timestamps, TTLs, omit-empty, conversions
     * and, for encrypted attributes, sealing and opening with a throwaway local key) against an in-memory stand-in
     * that sends nothing. Listeners and interceptors of this engine see none of it, so no metric or trace records it;
     * the DynamoDB client's own first-call cost (its HTTP connection and signing pipeline) is not primed.
     *
     * <pre>{@code
     * TableTheory db = TableTheory.builder().client(client).build();
     * db.prime(new Order("c1", "o1", ...), new Customer("c1", ...));   // in the init phase, before the snapshot
     * }</pre>
     *
     * @param samples one representative instance per model, with every attribute set that requests will carry
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when a sample's class is not a valid model
     * @throws com.theorycloud.tabletheory.error.TableTheoryException what a put of the sample would throw, e.g.
     *         when it has no partition key value
     */
    public void prime(Object... samples) {
        Builder primer = builder().client(new PrimingClient()).clock(clock).tableNameResolver(tableNameResolver)
            .defaultNaming(defaultNaming).consistentReads(consistentReads);
        if (keyProvider != null) {
            primer.keyProvider(LocalKeyProvider.random());
        }
        TableTheory engine = primer.build();
        for (Object sample : samples) {
            Objects.requireNonNull(sample, "TableTheory.prime needs a sample instance of each model, got null");
            prime(engine, sample);
            table(sample.getClass()); // the handle this engine hands out later, cached now
        }
    }

    private static <T> void prime(TableTheory engine, T sample) {
        @SuppressWarnings("unchecked")
        Table<T> table = engine.table((Class<T>) sample.getClass());
        Key key = table.keyOf(sample);
        table.create(sample);
        T written = table.put(sample);
        table.get(key);
        table.find(key);
        table.update(written);
        table.query().partition(table.schema().partitionKey().name(), key.partition()).list();
        table.delete(key);
    }

    // ---- Transactions -------------------------------------------------------------------------------------------

    /**
     * Starts a transaction of up to 100 writes and condition checks over any tables of this engine; see
     * {@link TransactWrite}.
     */
    public TransactWrite transactWrite() {
        return new TransactWrite(client, clock, listener);
    }

    /** Starts a consistent read of up to 100 items over any tables of this engine; see {@link TransactGet}. */
    public TransactGet transactGet() {
        return new TransactGet(client, listener);
    }

    // ---- end of transactions block ------------------------------------------------------------------------------

    /** The DynamoDB client the engine calls. */
    public DynamoDbClient client() {
        return client;
    }

    /** The clock lifecycle timestamps are taken from. */
    public Clock clock() {
        return clock;
    }

    /** Configures a {@link TableTheory}. */
    public static final class Builder {
        private @Nullable DynamoDbClient client;
        private Clock clock = Clock.systemUTC();
        private TableNameResolver tableNameResolver = TableNameResolver.identity();
        private OperationListener listener = OperationListener.NONE;
        private OperationInterceptor interceptor = OperationInterceptor.NONE;
        private @Nullable KeyProvider keyProvider;
        private NamingConvention defaultNaming = NamingConvention.CAMEL_CASE;
        private boolean consistentReads;

        private Builder() {
        }

        /** The DynamoDB client to call (required). */
        public Builder client(DynamoDbClient client) {
            this.client = client;
            return this;
        }

        /** The clock for lifecycle timestamps; the UTC system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Maps logical to physical table names; identity by default. */
        public Builder tableNameResolver(TableNameResolver tableNameResolver) {
            this.tableNameResolver = tableNameResolver;
            return this;
        }

        /** Receives an event after every operation; none by default. */
        public Builder listener(OperationListener listener) {
            this.listener = listener;
            return this;
        }

        /** Surrounds every operation with a before and an after call, e.g. for tracing; none by default. */
        public Builder interceptor(OperationInterceptor interceptor) {
            this.interceptor = interceptor;
            return this;
        }

        /**
         * Supplies the data keys of encrypted attributes (see {@code docs/encryption.md}); none by default, and then
         * models with encrypted attributes refuse to read or write.
         */
        public Builder keyProvider(KeyProvider keyProvider) {
            this.keyProvider = keyProvider;
            return this;
        }

        /**
         * The naming convention of annotated models whose {@code @TableTheoryModel} declares none; camelCase (the
         * convention of every TableTheory runtime) by default. Models read from DMS documents carry their own.
         */
        public Builder defaultNaming(NamingConvention naming) {
            this.defaultNaming = Objects.requireNonNull(naming, "defaultNaming");
            return this;
        }

        /**
         * Whether single-item gets, batch gets, and queries and scans of a table or local secondary index read
         * strongly consistently when the call does not choose; {@code false} (eventually consistent, DynamoDB's default)
         * by default. Queries and scans of a global secondary index stay eventually consistent, as they must. A call
         * that passes {@link ReadOptions} or calls {@code consistentRead(boolean)} decides for itself.
         */
        public Builder consistentReads(boolean consistent) {
            this.consistentReads = consistent;
            return this;
        }

        /** Builds the engine. */
        public TableTheory build() {
            return new TableTheory(this);
        }
    }
}
