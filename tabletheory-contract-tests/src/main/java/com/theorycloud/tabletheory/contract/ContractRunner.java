package com.theorycloud.tabletheory.contract;

import com.theorycloud.tabletheory.contract.ContractReport.Entry;
import com.theorycloud.tabletheory.contract.ContractReport.Status;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs the whole contract directory against a DynamoDB endpoint: every scenario (skipped by capability when this
 * runtime does not advertise what it needs) and every golden file, collected in a {@link ContractReport}.
 */
public final class ContractRunner {

    private final Path contractDir;
    private final DynamoDbClient client;
    private final UnaryOperator<String> uniqueTableName;
    private final Set<String> capabilities;
    private final ScenarioLoader loader;
    private final Map<String, Map<String, ModelSchema>> modelsByVersion = new HashMap<>();

    /**
     * Creates a runner.
     *
     * @param contractDir     the contract directory (see {@link ContractDirectory})
     * @param client          the DynamoDB client scenarios run against
     * @param uniqueTableName turns a scenario's table name into a fresh physical name
     * @param capabilities    the capabilities advertised (see {@link Capabilities#ADVERTISED})
     */
    public ContractRunner(Path contractDir, DynamoDbClient client, UnaryOperator<String> uniqueTableName,
            Set<String> capabilities) {
        this.contractDir = contractDir;
        this.client = client;
        this.uniqueTableName = uniqueTableName;
        this.capabilities = Set.copyOf(capabilities);
        this.loader = new ScenarioLoader(contractDir);
    }

    /** Runs every scenario and golden file and returns the report. */
    public ContractReport run() throws IOException {
        ContractReport report = new ContractReport();
        for (Path file : loader.scenarioFiles()) {
            report.add(runScenarioFile(file));
        }
        GoldenCursors.check(contractDir, loader).forEach(report::add);
        return report;
    }

    private Entry runScenarioFile(Path file) {
        String relative = loader.relative(file);
        Scenario scenario;
        try {
            scenario = loader.load(file);
        } catch (IOException | RuntimeException e) {
            return new Entry(relative, Status.FAIL, "cannot read scenario: " + e.getMessage());
        }
        Optional<String> missing = missingCapability(scenario);
        if (missing.isPresent()) {
            return new Entry(relative, Status.SKIP, "needs capability '" + missing.get()
                    + "', which this runtime does not advertise yet");
        }
        ScenarioExecution execution = null;
        try {
            execution = new ScenarioExecution(scenario, models(scenario.dmsVersion()), client, uniqueTableName);
            execution.run();
            return new Entry(relative, Status.PASS, "");
        } catch (ScenarioFailure e) {
            return new Entry(relative, Status.FAIL, e.getMessage());
        } catch (RuntimeException e) {
            return new Entry(relative, Status.FAIL, "runner error: " + e);
        } finally {
            if (execution != null) {
                execution.physicalTableNames().forEach(this::deleteQuietly);
            }
        }
    }

    private Optional<String> missingCapability(Scenario scenario) {
        for (String capability : scenario.requiredCapabilities()) {
            if (!capabilities.contains(capability)) {
                return Optional.of(capability);
            }
        }
        if (scenario.encryption() != null && !capabilities.contains("encryption")) {
            return Optional.of("encryption");
        }
        return Stream.concat(scenario.seedSteps().stream(), scenario.steps().stream())
                .map(step -> Capabilities.forOperation(step.op()))
                .flatMap(Optional::stream)
                .filter(capability -> !capabilities.contains(capability))
                .findFirst();
    }

    private Map<String, ModelSchema> models(String dmsVersion) {
        return modelsByVersion.computeIfAbsent(dmsVersion, version -> {
            Path dir = contractDir.resolve("dms/v" + version + "/models");
            Map<String, ModelSchema> models = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> yaml = files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                        .sorted().toList();
                for (Path file : yaml) {
                    DmsLoader.load(file).models().forEach(model -> models.putIfAbsent(model.name(), model));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list DMS models in " + dir, e);
            }
            return models;
        });
    }

    private void deleteQuietly(String tableName) {
        try {
            client.deleteTable(b -> b.tableName(tableName));
        } catch (RuntimeException ignored) {
            // Clean-up is best effort: a table that never got created is not an error.
        }
    }
}
