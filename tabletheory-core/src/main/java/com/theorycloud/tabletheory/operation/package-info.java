/**
 * What the engine reports about every operation it runs: the {@code OperationListener} and
 * {@code OperationInterceptor} hooks (metrics and tracing), the {@code OperationEvent} they receive and the
 * {@code Operation} kinds. Pass them to {@code TableTheory.builder()}.
 */
@NullMarked
package com.theorycloud.tabletheory.operation;

import org.jspecify.annotations.NullMarked;
