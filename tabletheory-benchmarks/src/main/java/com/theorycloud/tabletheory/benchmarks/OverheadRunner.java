package com.theorycloud.tabletheory.benchmarks;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.benchmarks.model.HandOrderCodec;
import com.theorycloud.tabletheory.benchmarks.model.Order;
import com.theorycloud.tabletheory.benchmarks.model.Orders;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Target 2: the engine's overhead over raw {@code DynamoDbClient} calls on the same local DynamoDB and the same client.
 * Put, get and a 25-item query run interleaved in random order within every round, so machine load hits both sides
 * alike; the raw side maps items with hand-written code, as an application without a mapper would.
 *
 * <p>Arguments: {@code [rounds=2000] [warmupRounds=500]}. Uses {@link LocalDynamoDb#shared()} (set
 * {@code TABLETHEORY_DYNAMODB_ENDPOINT} to use a running endpoint).
 */
public final class OverheadRunner {

    private static final String QUERY_PARTITION = "QUERY";

    private OverheadRunner() {
    }

    /** Runs the comparison and prints a table of percentiles and ratios. */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        LocalDynamoDb local = LocalDynamoDb.shared();
        DynamoDbClient client = local.client();
        String tableName = local.uniqueTableName("bench_orders");
        TableTheory engine = TableTheory.builder().client(client).tableNameResolver(schema -> tableName).build();
        Table<Order> table = engine.table(Order.class);
        engine.ensureTable(table.schema());
        for (int i = 0; i < 25; i++) {
            table.put(Orders.sample(QUERY_PARTITION, String.format("ORDER#%04d", i)));
        }
        Order enginePutItem = Orders.sample("PUT-ENGINE", "ORDER#0001");
        Order rawPutItem = Orders.sample("PUT-RAW", "ORDER#0001");
        Map<String, AttributeValue> rawKey = Map.of("PK", AttributeValue.fromS(QUERY_PARTITION),
                "SK", AttributeValue.fromS("ORDER#0000"));
        QueryRequest rawQuery = QueryRequest.builder().tableName(tableName).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", "PK"))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(QUERY_PARTITION))).build();

        List<Pair> pairs = List.of(
                new Pair("put", () -> table.put(enginePutItem),
                        () -> client.putItem(b -> b.tableName(tableName)
                                .item(HandOrderCodec.encode(rawPutItem, Instant.now().toString())))),
                new Pair("get", () -> table.get(Key.of(QUERY_PARTITION, "ORDER#0000")),
                        () -> HandOrderCodec.decode(client.getItem(b -> b.tableName(tableName).key(rawKey)).item())),
                new Pair("query 25", () -> table.query().partition("PK", QUERY_PARTITION).page().items(),
                        () -> {
                            List<Order> out = new ArrayList<>(25);
                            for (Map<String, AttributeValue> item : client.query(rawQuery).items()) {
                                out.add(HandOrderCodec.decode(item));
                            }
                            return out;
                        }));
        for (Pair pair : pairs) {
            if (pair.engine.get() == null || pair.raw.get() == null) {
                throw new IllegalStateException("no result from " + pair.name);
            }
        }
        Random random = new Random(42);
        run(pairs, warmup, random, false);
        long started = System.nanoTime();
        run(pairs, rounds, random, true);
        System.out.printf("rounds: %d (after %d warm-up rounds), %.1f s, table %s at %s%n", rounds, warmup,
                (System.nanoTime() - started) / 1e9, tableName, local.endpoint());
        System.out.println();
        System.out.println("| operation | engine p50 µs | raw p50 µs | p50 ratio | engine p90 µs | raw p90 µs "
                + "| p90 ratio | p50 ratio per fifth of the run (min–max) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Pair pair : pairs) {
            Stats engineStats = new Stats(pair.engineNanos, pair.count);
            Stats rawStats = new Stats(pair.rawNanos, pair.count);
            long e50 = engineStats.percentile(50);
            long r50 = rawStats.percentile(50);
            long e90 = engineStats.percentile(90);
            long r90 = rawStats.percentile(90);
            double min = Double.MAX_VALUE;
            double max = 0;
            int fifth = pair.count / 5;
            for (int part = 0; part < 5; part++) {
                long[] e = java.util.Arrays.copyOfRange(pair.engineNanos, part * fifth, (part + 1) * fifth);
                long[] r = java.util.Arrays.copyOfRange(pair.rawNanos, part * fifth, (part + 1) * fifth);
                double ratio = (double) new Stats(e, e.length).percentile(50) / new Stats(r, r.length).percentile(50);
                min = Math.min(min, ratio);
                max = Math.max(max, ratio);
            }
            System.out.printf("| %s | %s | %s | %s | %s | %s | %s | %.3f–%.3f |%n", pair.name, Stats.micros(e50),
                    Stats.micros(r50), Stats.ratio(e50, r50), Stats.micros(e90), Stats.micros(r90),
                    Stats.ratio(e90, r90), min, max);
        }
        System.exit(0);
    }

    private static void run(List<Pair> pairs, int rounds, Random random, boolean record) {
        for (Pair pair : pairs) {
            pair.reset(rounds);
        }
        List<Pair> order = new ArrayList<>(pairs);
        for (int round = 0; round < rounds; round++) {
            java.util.Collections.shuffle(order, random);
            for (Pair pair : order) {
                boolean engineFirst = random.nextBoolean();
                long a = pair.time(engineFirst);
                long b = pair.time(!engineFirst);
                if (record) {
                    pair.record(engineFirst ? a : b, engineFirst ? b : a);
                }
            }
        }
    }

    /** One operation done both ways, with its recorded durations. */
    private static final class Pair {
        final String name;
        final Supplier<?> engine;
        final Supplier<?> raw;
        long[] engineNanos = new long[0];
        long[] rawNanos = new long[0];
        int count;

        Pair(String name, Supplier<?> engine, Supplier<?> raw) {
            this.name = name;
            this.engine = engine;
            this.raw = raw;
        }

        void reset(int rounds) {
            engineNanos = new long[rounds];
            rawNanos = new long[rounds];
            count = 0;
        }

        long time(boolean useEngine) {
            long start = System.nanoTime();
            Object result = useEngine ? engine.get() : raw.get();
            long elapsed = System.nanoTime() - start;
            if (result == null) {
                throw new IllegalStateException(name + " returned nothing");
            }
            return elapsed;
        }

        void record(long engineElapsed, long rawElapsed) {
            engineNanos[count] = engineElapsed;
            rawNanos[count] = rawElapsed;
            count++;
        }
    }
}
