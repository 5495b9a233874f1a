/**
 * Spring integration of the outbox: handler methods, the relay's lifecycle, backlog gauges and health.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.outbox;

import org.jspecify.annotations.NullMarked;
