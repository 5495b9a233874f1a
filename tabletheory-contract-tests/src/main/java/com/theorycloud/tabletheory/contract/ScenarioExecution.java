package com.theorycloud.tabletheory.contract;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.encryption.DeterministicKeyProvider;
import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.query.Page;
import com.theorycloud.tabletheory.release.DeployAuthorityMetadata;
import com.theorycloud.tabletheory.release.ReleaseStateService;
import com.theorycloud.tabletheory.release.Transition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Runs the steps of one scenario against the engine: one engine per scenario whose table-name resolver maps the
 * scenario's logical tables to fresh physical ones, so scenarios never see each other's data.
 */
final class ScenarioExecution {

    private static final String RELEASE_STATE_ACTUAL = "ReleaseStateActual";

    private final Scenario scenario;
    private final Map<String, ModelSchema> models;
    private final DynamoDbClient client;
    private final TableTheory engine;
    private final Map<String, String> physicalTables = new HashMap<>();
    private final Set<String> createdTables = new HashSet<>();
    private final Map<String, Table<Document>> tables = new HashMap<>();
    private final Map<String, @Nullable Object> vars = new HashMap<>();

    ScenarioExecution(Scenario scenario, Map<String, ModelSchema> models, DynamoDbClient client,
            UnaryOperator<String> uniqueTableName) {
        this.scenario = scenario;
        this.models = models;
        this.client = client;
        TableTheory.Builder builder = TableTheory.builder()
                .client(client)
                .tableNameResolver(schema -> physicalTables.computeIfAbsent(schema.tableName(), uniqueTableName));
        KeyProvider keys = keyProvider(scenario);
        this.engine = keys == null ? builder.build() : builder.keyProvider(keys).build();
    }

    /**
     * The key provider a scenario's {@code encryption} block names; none without one, so models with encrypted
     * attributes fail closed (p0/12).
     */
    private static @Nullable KeyProvider keyProvider(Scenario scenario) {
        Map<String, Object> encryption = scenario.encryption();
        if (encryption == null) {
            return null;
        }
        Object provider = encryption.get("provider");
        if (!"deterministic".equals(provider)) {
            throw new ScenarioFailure(scenario.file() + ": encryption provider '" + provider
                    + "' is not supported; the runner knows 'deterministic'");
        }
        if (!(encryption.get("seed") instanceof String seed) || seed.isEmpty()) {
            throw new ScenarioFailure(scenario.file() + ": the deterministic encryption provider needs a seed");
        }
        return DeterministicKeyProvider.fromSeed(seed);
    }

    /** The physical tables this scenario created, for clean-up. */
    Set<String> physicalTableNames() {
        return Set.copyOf(physicalTables.values());
    }

    void run() {
        runSteps(scenario.seedSteps());
        runSteps(scenario.steps());
    }

    private void runSteps(List<Step> steps) {
        for (Step step : steps) {
            String modelName = step.model(scenario.model());
            ModelSchema model = model(modelName, step);
            StepResult result = execute(step, model);
            Expectations.check(step, result, vars);
        }
    }

    private ModelSchema model(String name, Step step) {
        ModelSchema model = models.get(name);
        if (model == null) {
            throw new ScenarioFailure(step.label() + ": model " + name + " is not in the DMS v"
                    + scenario.dmsVersion() + " models");
        }
        return model;
    }

    private Table<Document> table(ModelSchema model) {
        return tables.computeIfAbsent(model.name(), name -> {
            Table<Document> table = engine.table(DocumentItemCodec.of(model));
            if (createdTables.add(table.tableName())) {
                engine.ensureTable(model);
            }
            return table;
        });
    }

    private StepResult execute(Step step, ModelSchema model) {
        if (step.op().equals("sleep")) {
            sleep(step);
            return StepResult.ok();
        }
        try {
            // Inside the try: a model with encrypted attributes and no key provider fails here, as a step error.
            Table<Document> table = table(model);
            return switch (step.op()) {
                case "create" -> {
                    Document item = Document.of(step.map("item"));
                    validateReleaseStateMetadata(model, item);
                    if (step.flag("if_not_exists")) {
                        table.create(item);
                    } else {
                        table.put(item);
                    }
                    yield StepResult.ok();
                }
                case "save" -> {
                    Document item = Document.of(step.map("item"));
                    validateReleaseStateMetadata(model, item);
                    table.put(item);
                    yield StepResult.ok();
                }
                case "update" -> {
                    Document item = Document.of(step.map("item"));
                    validateReleaseStateMetadata(model, item);
                    List<?> fields = step.list("fields");
                    List<?> tightened = step.list("protected_attributes");
                    Table<Document> target = tightened == null ? table
                            : table.withProtectedAttributes(tightened.stream().map(String::valueOf).toList());
                    if (fields == null) {
                        target.update(item);
                    } else {
                        target.update(item, fields.stream().map(String::valueOf).toList());
                    }
                    yield StepResult.ok();
                }
                case "delete" -> {
                    table.delete(key(model, step.map("key")));
                    yield StepResult.ok();
                }
                case "get" -> {
                    Document item = table.get(key(model, step.map("key")));
                    saveVars(step, item);
                    yield StepResult.item(item, raw(table, model, step.map("key")));
                }
                case "get_optional" -> table.find(key(model, step.map("key")))
                        .map(item -> StepResult.item(item, null))
                        .orElseGet(StepResult::absentItem);
                case "query" -> {
                    Page<Document> page = ReadSteps.query(table, step.map("query"), step).page();
                    yield StepResult.items(page.items(), page.cursor());
                }
                case "scan" -> {
                    Page<Document> page = ReadSteps.scan(table, step.map("scan"), step).page();
                    yield StepResult.items(page.items(), page.cursor());
                }
                case "batch_get" -> MultiItemSteps.batchGet(table, model, step);
                case "batch_write" -> MultiItemSteps.batchWrite(table, model, step);
                case "transact_get" -> MultiItemSteps.transactGet(engine, table, model, step);
                case "transact_write" -> MultiItemSteps.transactWrite(engine, table, model, step);
                case "count" -> {
                    Map<String, Object> count = step.map("count");
                    yield StepResult.count(count.containsKey("scan")
                            ? ReadSteps.scan(table, castMap(count.get("scan")), step).count()
                            : ReadSteps.query(table, castMap(count.get("query")), step).count());
                }
                case "transition_append_event" -> {
                    transitionAppendEvent(step);
                    yield StepResult.ok();
                }
                default -> throw new ScenarioFailure(step.label() + ": the runner has no driver for op "
                        + step.op());
            };
        } catch (TableTheoryException e) {
            return StepResult.failed(e);
        }
    }

    /** Upstream runners validate deploy-authority metadata on writes of the release-state actual model. */
    private static void validateReleaseStateMetadata(ModelSchema model, Document item) {
        if (model.name().equals(RELEASE_STATE_ACTUAL) && DeployAuthorityMetadata.present(item.asMap())) {
            DeployAuthorityMetadata.validate(model.name(), item.asMap());
        }
    }

    private void transitionAppendEvent(Step step) {
        Map<String, Object> actual = step.map("actual");
        Map<String, Object> event = step.map("event");
        ModelSchema actualModel = model(String.valueOf(actual.getOrDefault("model", scenario.model())), step);
        ModelSchema eventModel = model(String.valueOf(event.get("model")), step);
        Map<String, Object> set = castMap(actual.get("set"));
        Map<String, Object> row = new HashMap<>(castMap(actual.get("key")));
        row.putAll(set);
        Transition.Builder<Document, Document> transition = Transition.<Document, Document>of(Document.of(row),
                List.copyOf(set.keySet())).event(Document.of(castMap(event.get("item"))));
        if (actual.get("expected_version") instanceof Number expected) {
            transition.expectVersion(expected.longValue());
        }
        ReleaseStateService.builder(engine, table(actualModel), table(eventModel)).build()
                .transition(transition.build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(@Nullable Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private void saveVars(Step step, Document item) {
        step.map("save").forEach((var, attribute) -> vars.put(var, item.get(String.valueOf(attribute))));
    }

    private static Key key(ModelSchema model, Map<String, Object> values) {
        return MultiItemSteps.key(model, values);
    }

    private @Nullable Map<String, AttributeValue> raw(Table<Document> table, ModelSchema model,
            Map<String, Object> keyValues) {
        DocumentItemCodec codec = DocumentItemCodec.of(model);
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(model.partitionKey().name(), codec.encodeValue(model.partitionKey().name(),
                keyValues.get(model.partitionKey().name())));
        KeyAttribute sortKey = model.sortKey();
        if (sortKey != null) {
            key.put(sortKey.name(), codec.encodeValue(sortKey.name(), keyValues.get(sortKey.name())));
        }
        GetItemResponse response = client.getItem(b -> b.tableName(table.tableName()).key(key).consistentRead(true));
        return response.hasItem() ? response.item() : null;
    }

    private static void sleep(Step step) {
        Object ms = step.fields().get("ms");
        try {
            Thread.sleep(ms instanceof Number n ? n.longValue() : 0L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioFailure(step.label() + ": interrupted");
        }
    }
}
