package com.theorycloud.tabletheory.benchmarks;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.benchmarks.model.HandOrderCodec;
import com.theorycloud.tabletheory.benchmarks.model.Order;
import com.theorycloud.tabletheory.benchmarks.model.Orders;
import com.theorycloud.tabletheory.mapping.internal.ConverterRegistry;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Target 7: the work a Lambda handler does on a cold start, in a fresh JVM: build a client, then one put and one get
 * of an order, either through the engine (model compiled on first use) or with the raw SDK and hand-written maps.
 * Prints one {@code RESULT} line with phase times; {@link ColdStartRunner} measures the whole process from outside.
 *
 * <p>Arguments: {@code engine|engine-eager-jackson|engine-primed|raw endpoint table}; {@code engine-primed} calls
 * {@link TableTheory#prime} with another order before its put, as an init phase before a snapshot would.
 */
public final class ColdStartMain {

    private ColdStartMain() {
    }

    /** Does the put and the get, prints the phases and exits. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        String mode = args[0];
        DynamoDbClient client = OfflineClients.forEndpoint(args[1]);
        String tableName = args[2];
        long clientReady = System.nanoTime();
        Order order = Orders.sample("COLD", "ORDER#" + mode);
        long modelReady;
        long putDone;
        Object read;
        if (mode.startsWith("engine")) {
            if (mode.equals("engine-eager-jackson")) {
                // What every engine start paid before the default @Json mapper was made lazy.
                ConverterRegistry.jsonMapper();
            }
            TableTheory engine = TableTheory.builder().client(client).tableNameResolver(schema -> tableName).build();
            if (mode.equals("engine-primed")) {
                // What a SnapStart or CRaC init phase would do before the snapshot: the engine's paths, no request.
                engine.prime(Orders.sample("PRIME", "ORDER#prime"));
            }
            Table<Order> table = engine.table(Order.class);
            modelReady = System.nanoTime();
            table.put(order);
            putDone = System.nanoTime();
            read = table.get(Key.of(order.pk(), order.sk()));
        } else {
            modelReady = clientReady;
            client.putItem(b -> b.tableName(tableName).item(HandOrderCodec.encode(order, Instant.now().toString())));
            putDone = System.nanoTime();
            Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS(order.pk()),
                    "SK", AttributeValue.fromS(order.sk()));
            read = HandOrderCodec.decode(client.getItem(b -> b.tableName(tableName).key(key)).item());
        }
        long end = System.nanoTime();
        System.out.printf("RESULT mode=%s client_ms=%.1f model_ms=%.1f put_ms=%.1f get_ms=%.1f main_ms=%.1f ok=%s%n",
                mode, ms(clientReady - start), ms(modelReady - clientReady), ms(putDone - modelReady),
                ms(end - putDone), ms(end - start), read != null);
        System.out.flush();
        System.exit(0);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
