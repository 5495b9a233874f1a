package com.theorycloud.tabletheory.contract;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads scenario YAML files in the upstream format.
 */
public final class ScenarioLoader {

    private final Path contractDir;

    /** Creates a loader for scenarios under the given contract directory. */
    public ScenarioLoader(Path contractDir) {
        this.contractDir = contractDir;
    }

    /** Every scenario file under {@code scenarios/}, sorted by path. */
    public List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.walk(contractDir.resolve("scenarios"))) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    /** The path of a file relative to the contract directory, with forward slashes. */
    public String relative(Path file) {
        return contractDir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Parses one scenario file.
     *
     * @throws IllegalArgumentException when the file is not a scenario
     */
    @SuppressWarnings("unchecked")
    public Scenario load(Path file) throws IOException {
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(file)) {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(relative(file) + " is not a YAML mapping");
            }
            root = (Map<String, Object>) map;
        }
        String name = String.valueOf(root.getOrDefault("name", relative(file)));
        Object model = root.get("model");
        if (!(model instanceof String modelName)) {
            throw new IllegalArgumentException(relative(file) + " names no model");
        }
        Object table = root.get("table");
        String tableName = table instanceof Map<?, ?> t && t.get("name") instanceof String n ? n : null;
        List<String> capabilities = new ArrayList<>();
        if (root.get("requires_capabilities") instanceof List<?> caps) {
            caps.forEach(c -> capabilities.add(String.valueOf(c)));
        }
        Map<String, Object> encryption = root.get("encryption") instanceof Map<?, ?> e ? (Map<String, Object>) e : null;
        boolean interop = root.containsKey("seed_steps") || root.containsKey("read_steps");
        List<Step> seed = interop ? steps(root.get("seed_steps"), file) : List.of();
        List<Step> steps = steps(interop ? root.get("read_steps") : root.get("steps"), file);
        return new Scenario(relative(file), name, String.valueOf(root.getOrDefault("dms_version", "0.1")), modelName,
                tableName, List.copyOf(capabilities), encryption, seed, steps);
    }

    @SuppressWarnings("unchecked")
    private List<Step> steps(Object raw, Path file) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw new IllegalArgumentException(relative(file) + ": steps must be a list");
        }
        List<Step> steps = new ArrayList<>();
        int index = 1;
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> map) || !(map.get("op") instanceof String op)) {
                throw new IllegalArgumentException(relative(file) + ": step " + index + " has no op");
            }
            steps.add(new Step(index++, op, (Map<String, Object>) map));
        }
        return List.copyOf(steps);
    }
}
