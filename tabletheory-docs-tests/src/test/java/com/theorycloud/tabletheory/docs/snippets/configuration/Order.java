package com.theorycloud.tabletheory.docs.snippets.configuration;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import org.springframework.stereotype.Service;

/**
 * The model of docs/configuration.md's first example; {@code Orders} is the service using it.
 *
 * @param pk      partition key, stored as PK
 * @param sk      sort key, stored as SK
 * @param status  order status
 * @param version optimistic-locking version
 */
// region example
@TableTheoryModel(table = "orders")
public record Order(@PartitionKey @Attribute("PK") String pk, @SortKey @Attribute("SK") String sk,
                    String status, @Version long version) {}

@Service
class Orders {
    private final Table<Order> orders;

    Orders(TableTheory tableTheory) {
        this.orders = tableTheory.table(Order.class);
    }

    Order place(String id) {
        return orders.create(new Order("ORDER#" + id, "META", "new", 0));
    }
}
// endregion
