package com.theorycloud.tabletheory.spring.boot.sample;

import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;

/** The sample application's model, found because it sits in the application's package. */
@TableTheoryModel(table = "customers")
@GlobalSecondaryIndex(name = "byEmail", partitionKey = "email")
public record Customer(@PartitionKey @Attribute("PK") String pk, @SortKey @Attribute("SK") String sk, String email,
        @Version long version) {
}
