package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;

/** The sample application's model. */
@TableTheoryModel(table = "notes")
public record Note(@PartitionKey @Attribute("PK") String pk, @SortKey @Attribute("SK") String sk, String text) {
}
