package com.theorycloud.tabletheory.benchmarks;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.benchmarks.model.HandOrderCodec;
import com.theorycloud.tabletheory.benchmarks.model.Order;
import com.theorycloud.tabletheory.benchmarks.model.Orders;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Target 3: writing 10,000 orders with {@code table.batchWrite} against a hand-batched raw SDK loop (25 puts per
 * {@code BatchWriteItem}, unprocessed items resent), on the same local DynamoDB and client. The two sides alternate
 * in random order for several rounds; each side overwrites its own 10,000 keys every round.
 *
 * <p>Arguments: {@code [items=10000] [rounds=5]}; one extra warm-up round per side is discarded.
 */
public final class BatchRunner {

    private BatchRunner() {
    }

    /** Runs the rounds and prints throughput and the ratio. */
    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        LocalDynamoDb local = LocalDynamoDb.shared();
        DynamoDbClient client = local.client();
        String tableName = local.uniqueTableName("bench_batch");
        TableTheory engine = TableTheory.builder().client(client).tableNameResolver(schema -> tableName).build();
        Table<Order> table = engine.table(Order.class);
        engine.ensureTable(table.schema());
        List<Order> engineItems = orders("BATCH-ENGINE", items);
        List<Order> rawItems = orders("BATCH-RAW", items);

        List<Double> engineRates = new ArrayList<>();
        List<Double> rawRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        Random random = new Random(3);
        for (int round = 0; round <= rounds; round++) {
            boolean engineFirst = random.nextBoolean();
            double engineRate = 0;
            double rawRate = 0;
            for (int side = 0; side < 2; side++) {
                boolean useEngine = (side == 0) == engineFirst;
                long start = System.nanoTime();
                if (useEngine) {
                    table.batchWrite(engineItems, List.of());
                } else {
                    rawBatchWrite(client, tableName, rawItems);
                }
                double rate = items / ((System.nanoTime() - start) / 1e9);
                if (useEngine) {
                    engineRate = rate;
                } else {
                    rawRate = rate;
                }
            }
            if (round > 0) {
                engineRates.add(engineRate);
                rawRates.add(rawRate);
                ratios.add(engineRate / rawRate);
            }
        }
        System.out.printf("%,d items per side per round, %d rounds after one warm-up round, table %s%n%n", items,
                rounds, tableName);
        System.out.println("| side | median items/s | min–max items/s |");
        System.out.println("|---|---|---|");
        System.out.printf("| engine batchWrite | %,.0f | %,.0f–%,.0f |%n", median(engineRates), min(engineRates),
                max(engineRates));
        System.out.printf("| raw BatchWriteItem loop | %,.0f | %,.0f–%,.0f |%n", median(rawRates), min(rawRates),
                max(rawRates));
        System.out.printf("%nengine / raw throughput, median of per-round ratios: %.3f (per round %.3f–%.3f)%n",
                median(ratios), min(ratios), max(ratios));
        System.exit(0);
    }

    private static List<Order> orders(String partition, int items) {
        List<Order> out = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            out.add(Orders.sample(partition, String.format("ORDER#%06d", i)));
        }
        return out;
    }

    /** What an application writes without a mapper: encode, 25 per request, resend what comes back unprocessed. */
    private static void rawBatchWrite(DynamoDbClient client, String tableName, List<Order> orders) {
        String now = Instant.now().toString();
        List<WriteRequest> batch = new ArrayList<>(25);
        for (int i = 0; i < orders.size(); i++) {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder()
                    .item(HandOrderCodec.encode(orders.get(i), now)).build()).build());
            if (batch.size() == 25 || i == orders.size() - 1) {
                Map<String, List<WriteRequest>> pending = new HashMap<>(Map.of(tableName, List.copyOf(batch)));
                while (!pending.isEmpty()) {
                    BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(pending));
                    pending.clear();
                    if (response.hasUnprocessedItems()) {
                        response.unprocessedItems().forEach((table, requests) -> {
                            if (!requests.isEmpty()) {
                                pending.put(table, requests);
                            }
                        });
                    }
                }
                batch.clear();
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
