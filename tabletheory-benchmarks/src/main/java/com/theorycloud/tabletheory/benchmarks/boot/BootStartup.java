package com.theorycloud.tabletheory.benchmarks.boot;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Starts one side of the Boot startup benchmark (target 5) with a {@link BufferingApplicationStartup}, and at the
 * {@link ApplicationReadyEvent} prints one {@code RESULT} line: JVM start to ready, the CPU time of the main thread
 * until then, the time spent building the
 * {@code tableTheoryModels} bean (model scanning) and the {@code dynamoDbClient} bean, in Spring Data's repository initialisation (where each derived
 * query is planned and validated against its model) and repository scanning, and how many DynamoDB requests were
 * started (must be 0), and then how long the first use of the {@code DynamoDbClient} bean takes after ready (where a
 * client left unbuilt at startup is built). With {@code -Dbootstart.top=N} it also prints the N longest startup steps (with their ids and parent ids); with
 * {@code -Dbootstart.firstUse=false} it skips the first use (to compare the CPU time of startup alone); with
 * {@code -Dbootstart.threads=true} it prints the CPU time of every live Java thread. Then exits.
 */
public final class BootStartup {

    /** Counts the DynamoDB requests started in this JVM; the TableTheory side installs it on its client. */
    public static final ExecutionInterceptor REQUEST_COUNTER = new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            REQUESTS.incrementAndGet();
        }
    };

    private static final AtomicInteger REQUESTS = new AtomicInteger();

    private BootStartup() {
    }

    /** Runs the application class, prints the result line at the ready event and exits the JVM. */
    public static void run(String side, Class<?> application, String[] args) {
        // Looked up on every side, so that the sides without TableTheory are not charged for it.
        tableTheoryAutoConfigurations(application.getClassLoader());
        run(side, new SpringApplication(application), args);
    }

    /**
     * Runs the application class as {@link #run} does, with every TableTheory auto-configuration excluded (those the
     * starter lists in its {@code AutoConfiguration.imports}): the sides that compare against TableTheory.
     */
    public static void runWithoutTableTheory(String side, Class<?> application, String[] args) {
        SpringApplication app = new SpringApplication(application);
        app.setDefaultProperties(Map.of("spring.autoconfigure.exclude",
                String.join(",", tableTheoryAutoConfigurations(application.getClassLoader()))));
        run(side, app, args);
    }

    private static List<String> tableTheoryAutoConfigurations(ClassLoader classLoader) {
        List<String> names = new ArrayList<>();
        ImportCandidates.load(AutoConfiguration.class, classLoader).forEach((name) -> {
            if (name.startsWith("com.theorycloud.tabletheory.")) {
                names.add(name);
            }
        });
        return names;
    }

    private static void run(String side, SpringApplication app, String[] args) {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        app.setApplicationStartup(startup);
        app.addListeners((ApplicationReadyEvent ready) -> report(side, startup, ready));
        app.run(args);
        System.exit(0);
    }

    private static void report(String side, BufferingApplicationStartup startup, ApplicationReadyEvent ready) {
        long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        // The CPU time the main thread used until now: the startup work itself, without the time spent waiting for a
        // core on a loaded machine (and without the JIT and GC threads), so it varies far less than readyMs there.
        double mainCpuMs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6;
        // What the first use of the client costs after ready: building the SDK client if startup did not build it.
        // serviceClientConfiguration() needs the built client but sends no request.
        double firstUseMs = 0;
        DynamoDbClient client = ready.getApplicationContext().getBeanProvider(DynamoDbClient.class).getIfAvailable();
        if (client != null && !"false".equals(System.getProperty("bootstart.firstUse"))) {
            long start = System.nanoTime();
            client.serviceClientConfiguration();
            firstUseMs = (System.nanoTime() - start) / 1e6;
        }
        Map<String, Double> steps = new TreeMap<>();
        for (StartupTimeline.TimelineEvent event : startup.getBufferedTimeline().getEvents()) {
            String key = key(event.getStartupStep());
            if (key != null) {
                steps.merge(key, event.getDuration().toNanos() / 1e6, Double::sum);
                steps.merge(key + "_count", 1.0, Double::sum);
            }
        }
        System.out.printf("RESULT side=%s ready_ms=%d main_cpu_ms=%.1f models_ms=%.1f repo_init_ms=%.1f repo_scan_ms=%.1f"
                + " client_ms=%.1f first_use_ms=%.1f repositories=%d requests=%d%n", side, readyMs, mainCpuMs,
                steps.getOrDefault("models", 0.0),
                steps.getOrDefault("repo_init", 0.0), steps.getOrDefault("repo_scan", 0.0), steps.getOrDefault("client", 0.0),
                firstUseMs, Math.round(steps.getOrDefault("repo_init_count", 0.0)), REQUESTS.get());
        int top = Integer.getInteger("bootstart.top", 0);
        if (top > 0) {
            // For finding what else costs time: the longest steps, children included in their parents' durations.
            startup.getBufferedTimeline().getEvents().stream()
                    .sorted((a, b) -> b.getDuration().compareTo(a.getDuration())).limit(top)
                    .forEach(e -> System.out.printf("STEP %.1f ms %s %s[id=%d parent=%s]%n",
                            e.getDuration().toNanos() / 1e6, e.getStartupStep().getName(), tags(e.getStartupStep()),
                            e.getStartupStep().getId(), e.getStartupStep().getParentId()));
        }
        if (Boolean.getBoolean("bootstart.threads")) {
            // Where the CPU time not on the main thread went (JIT compilers, GC, application threads).
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (java.lang.management.ThreadInfo info : threads.dumpAllThreads(false, false)) {
                System.out.printf("THREAD %.1f ms %s%n", threads.getThreadCpuTime(info.getThreadId()) / 1e6,
                        info.getThreadName());
            }
        }
        System.out.flush();
    }

    private static String tags(StartupStep step) {
        StringBuilder text = new StringBuilder();
        for (StartupStep.Tag tag : step.getTags()) {
            text.append(tag.getKey()).append('=').append(tag.getValue()).append(' ');
        }
        return text.toString();
    }

    private static @Nullable String key(StartupStep step) {
        switch (step.getName()) {
            case "spring.beans.instantiate":
                for (StartupStep.Tag tag : step.getTags()) {
                    if (tag.getKey().equals("beanName") && tag.getValue().equals("tableTheoryModels")) {
                        return "models";
                    }
                    if (tag.getKey().equals("beanName") && tag.getValue().equals("dynamoDbClient")) {
                        return "client";
                    }
                }
                return null;
            case "spring.data.repository.init":
                return "repo_init";
            case "spring.data.repository.scanning":
                return "repo_scan";
            default:
                return null;
        }
    }
}
