package com.theorycloud.tabletheory.benchmarks;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.benchmarks.model.HandOrderCodec;
import com.theorycloud.tabletheory.benchmarks.model.Order;
import com.theorycloud.tabletheory.benchmarks.model.Orders;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Target 4: streams one partition of many items through {@code table.query()...stream()} (cursor paging, one page in
 * memory at a time) and samples the heap. Retained heap is measured after a full GC at every tenth of the items; a
 * second pass reads the same partition with {@code list()} to show what holding every item costs.
 *
 * <p>Arguments: {@code [items=100000]}. Run with a small heap (e.g. {@code -Xmx64m}) to make a leak fail loudly.
 */
public final class HeapRunner {

    private static final String PARTITION = "HEAP";

    private HeapRunner() {
    }

    /** Loads the partition, streams it and prints the heap samples. */
    public static void main(String[] args) throws InterruptedException {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        LocalDynamoDb local = LocalDynamoDb.shared();
        DynamoDbClient client = local.client();
        String tableName = local.uniqueTableName("bench_heap");
        TableTheory engine = TableTheory.builder().client(client).tableNameResolver(schema -> tableName).build();
        Table<Order> table = engine.table(Order.class);
        engine.ensureTable(table.schema());

        long loadStart = System.nanoTime();
        load(client, tableName, items);
        System.out.printf("loaded %,d items in %.1f s%n", items, (System.nanoTime() - loadStart) / 1e9);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong maxUsed = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        int checkpoint = Math.max(1, items / 10);
        List<String> retained = new ArrayList<>();
        long[] seen = {0};
        long streamStart = System.nanoTime();
        table.query().partition("PK", PARTITION).stream().forEach(order -> {
            seen[0]++;
            if (seen[0] % checkpoint == 0) {
                System.gc();
                retained.add(String.format("%,d: %.1f MB", seen[0], mb(memory.getHeapMemoryUsage().getUsed())));
            }
        });
        double streamSeconds = (System.nanoTime() - streamStart) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.out.printf("max heap (-Xmx): %.0f MB%n", mb(Runtime.getRuntime().maxMemory()));
        System.out.printf("streamed %,d items in %.1f s; heap after GC before streaming: %.1f MB; max used heap "
                + "while streaming (sampled every 5 ms, garbage included): %.1f MB%n", seen[0], streamSeconds,
                mb(baseline), mb(maxUsed.get()));
        System.out.println("heap after full GC, by items streamed so far: " + String.join(", ", retained));

        if (args.length > 1 && args[1].equals("list")) {
            try {
                List<Order> all = table.query().partition("PK", PARTITION).list();
                System.gc();
                System.out.printf("for contrast, list() of the same %,d items retains %.1f MB after GC%n",
                        all.size(), mb(memory.getHeapMemoryUsage().getUsed()));
            } catch (OutOfMemoryError e) {
                System.out.printf("for contrast, list() of the same items ran out of memory at -Xmx %.0f MB%n",
                        mb(Runtime.getRuntime().maxMemory()));
            }
        }
        System.exit(seen[0] == items ? 0 : 1);
    }

    private static void load(DynamoDbClient client, String tableName, int items) {
        String now = Instant.now().toString();
        List<WriteRequest> batch = new ArrayList<>(25);
        for (int i = 0; i < items; i++) {
            Order order = Orders.sample(PARTITION, String.format("ORDER#%07d", i));
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder()
                    .item(HandOrderCodec.encode(order, now)).build()).build());
            if (batch.size() == 25 || i == items - 1) {
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

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
