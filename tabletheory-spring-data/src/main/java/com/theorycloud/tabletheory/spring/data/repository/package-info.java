/** The user-facing repository interfaces for TableTheory models, with the release-state fragment. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.repository;

import org.jspecify.annotations.NullMarked;
