package com.theorycloud.tabletheory.spring.boot.test.autoconfigure;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/** Keeps the application's components out of a {@link TableTheoryTest} unless its filters include them. */
final class TableTheoryTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<TableTheoryTest> {

    TableTheoryTypeExcludeFilter(Class<?> testClass) {
        super(testClass);
    }
}
