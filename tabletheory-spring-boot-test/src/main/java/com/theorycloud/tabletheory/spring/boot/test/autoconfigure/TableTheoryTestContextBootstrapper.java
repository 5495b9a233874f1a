package com.theorycloud.tabletheory.spring.boot.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** Bootstraps the {@link TableTheoryTest} slice, taking its {@code properties}. */
class TableTheoryTestContextBootstrapper extends TestSliceTestContextBootstrapper<TableTheoryTest> {

}
