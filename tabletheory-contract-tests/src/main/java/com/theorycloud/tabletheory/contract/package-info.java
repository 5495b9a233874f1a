/**
 * The contract runner: reads upstream TableTheory contract scenarios, DMS models and golden files, drives the engine
 * against a DynamoDB endpoint and reports each file as passed, failed or skipped.
 */
@NullMarked
package com.theorycloud.tabletheory.contract;

import org.jspecify.annotations.NullMarked;
