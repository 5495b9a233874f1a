package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.util.List;

/**
 * The {@code @TableTheoryModel} classes found in the scanned packages when the application was processed ahead of
 * time. The code Spring AOT generates registers it as a bean, so that an application started from that code (with
 * {@code spring.aot.enabled=true}, or as a native image, where the class path cannot be scanned) uses this list
 * instead of scanning; when the packages configured at runtime differ, startup scans them as usual. Applications do
 * not create it.
 *
 * @param packages the packages that were scanned
 * @param classNames the model classes found there, sorted by name
 */
public record TableTheoryAotModelClasses(List<String> packages, List<String> classNames) {

    /** The bean name the generated code registers it under. */
    public static final String BEAN_NAME = "tableTheoryAotModelClasses";

    /** Copies both lists. */
    public TableTheoryAotModelClasses {
        packages = List.copyOf(packages);
        classNames = List.copyOf(classNames);
    }
}
