/** The user-facing repository interface for TableTheory models. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.repository;

import org.jspecify.annotations.NullMarked;
