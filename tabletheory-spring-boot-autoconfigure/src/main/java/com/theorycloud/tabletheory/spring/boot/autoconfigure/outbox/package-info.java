/**
 * Auto-configuration of the outbox, its relay, backlog gauges and health indicator from {@code tabletheory.outbox.*}.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure.outbox;

import org.jspecify.annotations.NullMarked;
