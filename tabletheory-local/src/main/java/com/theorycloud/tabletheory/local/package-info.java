/**
 * A local DynamoDB for tests and development (dynalite plus TableTheory's transaction and TTL extension, run with
 * Node.js), its JUnit 5 extension, and a replaying HTTP client for error paths no emulator produces.
 */
@NullMarked
package com.theorycloud.tabletheory.local;

import org.jspecify.annotations.NullMarked;
