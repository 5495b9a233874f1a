package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.orders;

import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;

/**
 * An order of the docs example.
 *
 * @param pk      partition key
 * @param sk      sort key
 * @param status  order status
 * @param version optimistic-locking version
 */
@TableTheoryModel(table = "orders")
public record Order(@PartitionKey @Attribute("PK") String pk, @SortKey @Attribute("SK") String sk, String status,
        @Version long version) {
}
