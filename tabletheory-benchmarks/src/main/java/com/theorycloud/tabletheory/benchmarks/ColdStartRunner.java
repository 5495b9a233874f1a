package com.theorycloud.tabletheory.benchmarks;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.benchmarks.model.Order;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Target 7: starts {@link ColdStartMain} in fresh JVMs, in shuffled order (raw SDK, engine, and the engine with the default Jackson mapper
 * built eagerly as before the fix), and measures each from
 * process start to its {@code RESULT} line (JVM start to first completed put and get). Then runs each once more with
 * {@code -Xlog:class+load} and counts the loaded classes by origin.
 *
 * <p>Arguments: {@code [runs=10] [extra JVM options...]}.
 */
public final class ColdStartRunner {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=([\\w.]+)");

    private ColdStartRunner() {
    }

    /** Runs the child JVMs and prints medians, ratios and class counts. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> jvmOptions = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            jvmOptions.add(args[i]);
        }
        LocalDynamoDb local = LocalDynamoDb.shared();
        String tableName = local.uniqueTableName("bench_cold");
        TableTheory engine = TableTheory.builder().client(local.client()).tableNameResolver(s -> tableName).build();
        Table<Order> table = engine.table(Order.class);
        engine.ensureTable(table.schema());
        String endpoint = local.endpoint().toString();

        Map<String, List<Map<String, Double>>> results = new LinkedHashMap<>();
        results.put("raw", new ArrayList<>());
        results.put("engine", new ArrayList<>());
        results.put("engine-eager-jackson", new ArrayList<>());
        results.put("engine-primed", new ArrayList<>());
        java.util.Random random = new java.util.Random(7);
        for (int run = 0; run < runs + 1; run++) {
            List<String> order = new ArrayList<>(results.keySet());
            java.util.Collections.shuffle(order, random);
            for (String mode : order) {
                Map<String, Double> result = child(mode, endpoint, tableName, jvmOptions, null);
                if (run > 0) { // the first pair warms the OS file cache and the local DynamoDB
                    results.get(mode).add(result);
                }
            }
        }
        System.out.printf("runs: %d per side (after one discarded pair), JVM options: %s%n%n", runs, jvmOptions);
        System.out.println("| median ms | JVM start → put+get done | in main | client built | model ready | first put "
                + "| first get |");
        System.out.println("|---|---|---|---|---|---|---|");
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, List<Map<String, Double>>> entry : results.entrySet()) {
            List<Map<String, Double>> rows = entry.getValue();
            double total = median(rows, "total_ms");
            medians.put(entry.getKey(), total);
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n", entry.getKey(), total,
                    median(rows, "main_ms"), median(rows, "client_ms"), median(rows, "model_ms"),
                    median(rows, "put_ms"), median(rows, "get_ms"));
        }
        System.out.printf("%nengine / raw (median, JVM start → put+get done): %.3f; engine-eager-jackson / raw: %.3f;"
                + " spread engine %s, engine-eager-jackson %s, raw %s%n",
                medians.get("engine") / medians.get("raw"), medians.get("engine-eager-jackson") / medians.get("raw"),
                range(results.get("engine")), range(results.get("engine-eager-jackson")), range(results.get("raw")));
        System.out.printf("engine-primed: first put + get %.0f ms against %.0f unprimed and %.0f raw (medians; priming"
                + " itself is in its model-ready time, the init phase a snapshot would keep)%n",
                median(results.get("engine-primed"), "put_ms") + median(results.get("engine-primed"), "get_ms"),
                median(results.get("engine"), "put_ms") + median(results.get("engine"), "get_ms"),
                median(results.get("raw"), "put_ms") + median(results.get("raw"), "get_ms"));

        System.out.println();
        System.out.println("| loaded classes | total | JDK | AWS SDK | com.theorycloud (engine + benchmark) | Jackson "
                + "| SnakeYAML | other | of which generated (lambdas, lambda forms) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String mode : results.keySet()) {
            Path log = Files.createTempFile("classload-" + mode, ".log");
            child(mode, endpoint, tableName, jvmOptions, log);
            Map<String, Integer> counts = classCounts(log);
            System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %d | %d |%n", mode, counts.get("total"),
                    counts.get("jdk"), counts.get("aws"), counts.get("tabletheory"), counts.get("jackson"),
                    counts.get("yaml"), counts.get("other"), counts.get("generated"));
            Files.deleteIfExists(log);
        }
        System.exit(0);
    }

    private static Map<String, Double> child(String mode, String endpoint, String table, List<String> options,
            @Nullable Path classLog) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        if (classLog != null) {
            command.add("-Xlog:class+load=info:file=" + classLog);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ColdStartMain.class.getName());
        command.add(mode);
        command.add(endpoint);
        command.add(table);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Double> result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("RESULT ") && result == null) {
                    double total = (System.nanoTime() - start) / 1e6;
                    result = new TreeMap<>();
                    Matcher m = FIELD.matcher(line);
                    while (m.find()) {
                        if (!m.group(1).equals("mode") && !m.group(1).equals("ok")) {
                            result.put(m.group(1), Double.parseDouble(m.group(2)));
                        }
                    }
                    result.put("total_ms", total);
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        process.waitFor();
        if (result == null) {
            throw new IllegalStateException("cold start child " + mode + " printed no RESULT:\n" + output);
        }
        return result;
    }

    private static Map<String, Integer> classCounts(Path log) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String key : List.of("total", "jdk", "aws", "tabletheory", "jackson", "yaml", "other", "generated")) {
            counts.put(key, 0);
        }
        for (String line : Files.readAllLines(log)) {
            int tag = line.indexOf("[class,load]");
            if (tag < 0) {
                continue;
            }
            String rest = line.substring(tag + "[class,load]".length()).trim();
            String name = rest.split(" ", 2)[0];
            String group;
            if (name.startsWith("software.amazon.awssdk.")) {
                group = "aws";
            } else if (name.startsWith("com.theorycloud.")) {
                group = "tabletheory";
            } else if (name.startsWith("tools.jackson.") || name.startsWith("com.fasterxml.jackson.")) {
                group = "jackson";
            } else if (name.startsWith("org.yaml.")) {
                group = "yaml";
            } else if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                    || name.startsWith("sun.") || name.startsWith("com.sun.")) {
                group = "jdk";
            } else {
                group = "other";
            }
            counts.merge(group, 1, Integer::sum);
            counts.merge("total", 1, Integer::sum);
            if (name.contains("$$Lambda") || name.startsWith("java.lang.invoke.LambdaForm$")) {
                counts.merge("generated", 1, Integer::sum);
            }
        }
        return counts;
    }

    private static double median(List<Map<String, Double>> rows, String key) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Double> row : rows) {
            values.add(row.get(key));
        }
        values.sort(null);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static String range(List<Map<String, Double>> rows) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Map<String, Double> row : rows) {
            min = Math.min(min, row.get("total_ms"));
            max = Math.max(max, row.get("total_ms"));
        }
        return String.format("%.0f–%.0f ms", min, max);
    }
}
