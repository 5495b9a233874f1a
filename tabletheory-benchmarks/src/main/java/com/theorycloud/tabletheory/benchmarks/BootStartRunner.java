package com.theorycloud.tabletheory.benchmarks;

import com.theorycloud.tabletheory.benchmarks.boot.app.TableTheoryBootApp;
import com.theorycloud.tabletheory.benchmarks.boot.baseline.BaselineBootApp;
import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.KeyValueBootApp;
import com.theorycloud.tabletheory.benchmarks.boot.sdkonly.SdkOnlyBootApp;
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

/**
 * Target 5: starts {@link TableTheoryBootApp} (starter, 20 models, 10 repositories) and {@link BaselineBootApp} (same
 * class path, TableTheory excluded) in fresh JVMs, interleaved baseline, TableTheory, SDK only, baseline, …, after
 * one discarded round, and a third side {@link SdkOnlyBootApp} (the baseline plus a plain {@code DynamoDbClient}
 * bean, what an application using DynamoDB without TableTheory pays anyway) and a fourth side {@link KeyValueBootApp}
 * (the baseline plus Spring Data KeyValue map repositories of the same shape: Spring Data's own repository cost
 * without a store), and prints the medians of JVM start → {@code ApplicationReadyEvent}, their difference, and the
 * TableTheory side's startup steps: model scanning, repository initialisation and repository scanning.
 *
 * <p>Arguments: {@code [runs=10] [extra JVM options...]}. With {@code -Dbootstart.cds=true} each side first runs once
 * with {@code -XX:ArchiveClassesAtExit} (a training run, as Spring Boot's CDS support recommends) and every measured
 * run then starts from that side's own class data sharing archive, which takes most class loading and verification
 * out of the startup on both sides. With {@code -Dbootstart.cds=aot} (JDK 25 or later, JEP 514) the training run writes
 * an ahead-of-time cache instead ({@code -XX:AOTCacheOutput}), which also holds the classes linked and the lambda
 * forms resolved, and the measured runs start with {@code -XX:AOTCache}.
 */
public final class BootStartRunner {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=([\\w.]+)");

    /** The same properties for both sides: a dummy endpoint and static credentials, no schema work at startup. */
    private static final List<String> APP_ARGS = List.of("--spring.main.web-application-type=none",
            "--tabletheory.client.region=us-east-1", "--tabletheory.client.endpoint=http://127.0.0.1:9",
            "--tabletheory.client.credentials.access-key=bench", "--tabletheory.client.credentials.secret-key=bench",
            "--tabletheory.schema.mode=none");

    private BootStartRunner() {
    }

    /** Runs the child JVMs and prints medians, the difference and the breakdown. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> jvmOptions = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            jvmOptions.add(args[i]);
        }
        Map<String, Class<?>> sides = new LinkedHashMap<>();
        sides.put("baseline", BaselineBootApp.class);
        sides.put("tabletheory", TableTheoryBootApp.class);
        sides.put("sdk-only", SdkOnlyBootApp.class);
        sides.put("keyvalue", KeyValueBootApp.class);
        Map<String, List<Map<String, Double>>> results = new LinkedHashMap<>();
        Map<String, List<String>> sideOptions = new LinkedHashMap<>();
        String cdsMode = System.getProperty("bootstart.cds", "false");
        boolean aotCache = cdsMode.equals("aot");
        boolean cds = aotCache || Boolean.parseBoolean(cdsMode);
        Path archives = cds ? Files.createTempDirectory("bootstart-cds") : null;
        for (Map.Entry<String, Class<?>> side : sides.entrySet()) {
            results.put(side.getKey(), new ArrayList<>());
            List<String> options = new ArrayList<>(jvmOptions);
            if (archives != null) {
                Path archive = archives.resolve(side.getKey() + (aotCache ? ".aot" : ".jsa"));
                List<String> training = new ArrayList<>(jvmOptions);
                training.add((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive);
                child(side.getValue(), training); // the training run: its result is not counted
                options.add((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
            }
            sideOptions.put(side.getKey(), options);
        }
        for (int run = 0; run < runs + 1; run++) {
            for (Map.Entry<String, Class<?>> side : sides.entrySet()) {
                Map<String, Double> result = child(side.getValue(), sideOptions.get(side.getKey()));
                if (run > 0) { // the first round warms the OS file cache
                    results.get(side.getKey()).add(result);
                }
            }
        }
        System.out.printf("runs: %d per side, interleaved, after one discarded round; JVM options: %s; class data"
                + " sharing archive per side: %s; JDK %s; load: %s%n%n", runs, jvmOptions, aotCache ? "AOT cache" : cds ? "CDS" : "no",
                System.getProperty("java.version"), loadAverage());
        System.out.println("| median ms | JVM start → ApplicationReadyEvent (in the child) | process start → result line"
                + " (outside) | spread (in the child) | main-thread CPU until ready | model scanning | repository init | repository scanning"
                + " | DynamoDB client bean | first client use after ready | repositories | DynamoDB requests (max) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, List<Map<String, Double>>> entry : results.entrySet()) {
            List<Map<String, Double>> rows = entry.getValue();
            System.out.printf("| %s | %.0f | %.0f | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f |%n",
                    entry.getKey(),
                    median(rows, "ready_ms"), median(rows, "outside_ms"), range(rows, "ready_ms"), median(rows, "main_cpu_ms"),
                    median(rows, "models_ms"), median(rows, "repo_init_ms"), median(rows, "repo_scan_ms"),
                    median(rows, "client_ms"), median(rows, "first_use_ms"), median(rows, "repositories"),
                    max(rows, "requests"));
        }
        List<Map<String, Double>> tt = results.get("tabletheory");
        double added = median(tt, "ready_ms") - median(results.get("baseline"), "ready_ms");
        double models = median(tt, "models_ms");
        double repoInit = median(tt, "repo_init_ms");
        double repoScan = median(tt, "repo_scan_ms");
        double client = median(tt, "client_ms");
        System.out.printf("%nadded by TableTheory (difference of the medians): %.0f ms (target ≤ 150 ms: %s); outside:"
                + " %.0f ms%n", added, added <= 150 ? "met" : "NOT met",
                median(tt, "outside_ms") - median(results.get("baseline"), "outside_ms"));
        System.out.printf("of which model scanning %.0f ms, repository init (query planning and validation) %.0f ms,"
                + " repository scanning %.0f ms, DynamoDB client bean %.0f ms, the rest (engine, auto-configuration,"
                + " class loading) %.0f ms%n", models, repoInit, repoScan, client,
                added - models - repoInit - repoScan - client);
        double sdkOnly = median(results.get("sdk-only"), "ready_ms") - median(results.get("baseline"), "ready_ms");
        System.out.printf("a plain DynamoDbClient bean adds %.0f ms; TableTheory over that SDK-only application: %.0f ms"
                + " (target %s)%n", sdkOnly, added - sdkOnly, added - sdkOnly <= 150 ? "met" : "NOT met");
        double keyValue = median(results.get("keyvalue"), "ready_ms") - median(results.get("baseline"), "ready_ms");
        System.out.printf("Spring Data KeyValue with 10 repositories of the same shape adds %.0f ms (main-thread CPU"
                + " %.0f ms)%n", keyValue,
                median(results.get("keyvalue"), "main_cpu_ms") - median(results.get("baseline"), "main_cpu_ms"));
        System.out.println("per-pair differences (ms): " + pairDifferences(results.get("baseline"), tt));
        // On a loaded machine the wall times mostly measure the wait for a core; the main thread's CPU time does not.
        System.out.printf("main-thread CPU until ready added by TableTheory (difference of the medians): %.0f ms;"
                + " by a plain DynamoDbClient bean: %.0f ms%n",
                median(tt, "main_cpu_ms") - median(results.get("baseline"), "main_cpu_ms"),
                median(results.get("sdk-only"), "main_cpu_ms") - median(results.get("baseline"), "main_cpu_ms"));
    }

    private static Map<String, Double> child(Class<?> main, List<String> options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(APP_ARGS);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Double> result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("RESULT ") && result == null) {
                    double outside = (System.nanoTime() - start) / 1e6;
                    result = new TreeMap<>();
                    Matcher m = FIELD.matcher(line);
                    while (m.find()) {
                        if (!m.group(1).equals("side")) {
                            result.put(m.group(1), Double.parseDouble(m.group(2)));
                        }
                    }
                    result.put("outside_ms", outside);
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        int exit = process.waitFor();
        if (result == null || exit != 0) {
            throw new IllegalStateException("Boot start child " + main.getSimpleName() + " exited with " + exit
                    + " and printed no RESULT line:\n" + output);
        }
        return result;
    }

    private static String loadAverage() {
        return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
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

    private static double max(List<Map<String, Double>> rows, String key) {
        double max = 0;
        for (Map<String, Double> row : rows) {
            max = Math.max(max, row.get(key));
        }
        return max;
    }

    private static String range(List<Map<String, Double>> rows, String key) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Map<String, Double> row : rows) {
            min = Math.min(min, row.get(key));
            max = Math.max(max, row.get(key));
        }
        return String.format("%.0f–%.0f", min, max);
    }

    private static List<Long> pairDifferences(List<Map<String, Double>> baseline, List<Map<String, Double>> tt) {
        List<Long> differences = new ArrayList<>();
        for (int i = 0; i < Math.min(baseline.size(), tt.size()); i++) {
            differences.add(Math.round(tt.get(i).get("ready_ms") - baseline.get(i).get("ready_ms")));
        }
        return differences;
    }
}
