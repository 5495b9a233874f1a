package com.theorycloud.tabletheory.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Time ratios that survive a loaded machine: the contenders of {@link CodecBenchmark} and
 * {@link ExpressionBenchmark} run in small batches, interleaved in random order in every round, and each contender's
 * batch is divided by the baseline's batch of the same round. JMH runs one benchmark after the other, so load that
 * changes between them distorts its ratios; here load hits every contender alike, and the median of the per-round
 * ratios ignores rounds that were preempted. JMH stays the reference for allocation per operation.
 *
 * <p>Arguments: {@code [rounds=3000] [warmupRounds=1000] [batch=50]}.
 */
public final class InterleavedRunner {

    /** Keeps results alive so the JIT cannot drop the work. */
    static volatile Object sink;

    private InterleavedRunner() {
    }

    /** Runs the codec and expression comparisons and prints Markdown tables. */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 50;

        CodecBenchmark codec = new CodecBenchmark();
        codec.setUp();
        compare("codec round trip (target 1)", List.of(
                new Contender("handWritten", codec::handWritten),
                new Contender("tableTheory", codec::tableTheory),
                new Contender("enhancedFromBean", codec::enhancedFromBean),
                new Contender("enhancedStatic", codec::enhancedStatic)), rounds, warmup, batch);

        compare("put side only: encode and lifecycle rules (part of target 1)", List.of(
                new Contender("handWrittenPutSide", codec::handWrittenPutSide),
                new Contender("tableTheoryPutSide", codec::tableTheoryPutSide)), rounds, warmup, batch);

        ExpressionBenchmark expressions = new ExpressionBenchmark();
        expressions.setUp();
        compare("query request (target 6)", List.of(
                new Contender("sdkQuery", expressions::sdkQuery),
                new Contender("engineQuery", expressions::engineQuery)), rounds, warmup, batch);
        compare("update request (target 6)", List.of(
                new Contender("sdkUpdate", expressions::sdkUpdate),
                new Contender("engineUpdate", expressions::engineUpdate)), rounds, warmup, batch);
        expressions.tearDown();
    }

    /** One named operation. */
    record Contender(String name, Supplier<?> operation) {
    }

    /** Runs the contenders interleaved; the first one is the baseline of the ratios. */
    static void compare(String title, List<Contender> contenders, int rounds, int warmup, int batch) {
        int n = contenders.size();
        long[][] nanos = new long[n][rounds];
        Random random = new Random(11);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        long started = System.nanoTime();
        for (int round = -warmup; round < rounds; round++) {
            Collections.shuffle(order, random);
            for (int index : order) {
                long elapsed = timeBatch(contenders.get(index).operation(), batch);
                if (round >= 0) {
                    nanos[index][round] = elapsed;
                }
            }
        }
        System.out.printf("%n%s: %d rounds of %d operations per contender after %d warm-up rounds, %.1f s%n%n",
                title, rounds, batch, warmup, (System.nanoTime() - started) / 1e9);
        System.out.println("| contender | median ns/op | ratio to " + contenders.get(0).name()
                + " (median of per-round ratios) | interquartile range of the ratio | ratio of the medians |");
        System.out.println("|---|---|---|---|---|");
        long[] baseline = nanos[0].clone();
        Arrays.sort(baseline);
        for (int i = 0; i < n; i++) {
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = (double) nanos[i][round] / nanos[0][round];
            }
            Arrays.sort(ratios);
            long[] own = nanos[i].clone();
            Arrays.sort(own);
            System.out.printf("| %s | %,.0f | %.3f | %.3f–%.3f | %.3f |%n", contenders.get(i).name(),
                    own[rounds / 2] / (double) batch, ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4],
                    (double) own[rounds / 2] / baseline[rounds / 2]);
        }
    }

    private static long timeBatch(Supplier<?> operation, int batch) {
        long start = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            sink = operation.get();
        }
        return System.nanoTime() - start;
    }
}
