/** Reliability tests: concurrent writers, injected faults, a catalogue of bad input and secret hygiene. */
@NullMarked
package com.theorycloud.tabletheory.reliability;

import org.jspecify.annotations.NullMarked;
