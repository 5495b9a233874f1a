/** The repository factory, its factory bean, the base repository implementation and entity information. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.repository.support;

import org.jspecify.annotations.NullMarked;
