/**
 * The smallest Spring Boot application on TableTheory: one model, one repository, three derived queries.
 */
@NullMarked
package com.theorycloud.tabletheory.samples.quickstart;

import org.jspecify.annotations.NullMarked;
