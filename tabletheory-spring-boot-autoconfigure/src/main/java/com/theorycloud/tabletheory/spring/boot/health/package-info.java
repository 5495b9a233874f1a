/**
 * The TableTheory health indicator: are the models' DynamoDB tables there, active and indexed.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.health;

import org.jspecify.annotations.NullMarked;
