/**
 * A Spring Data REST application over TableTheory repositories, for the end-to-end test.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.rest;

import org.jspecify.annotations.NullMarked;
