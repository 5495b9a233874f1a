/**
 * Mapping between Java objects and DynamoDB items: the {@link com.theorycloud.tabletheory.mapping.ItemCodec} and the
 * converter SPI.
 */
@NullMarked
package com.theorycloud.tabletheory.mapping;

import org.jspecify.annotations.NullMarked;
