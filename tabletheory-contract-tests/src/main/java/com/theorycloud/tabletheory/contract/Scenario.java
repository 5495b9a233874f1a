package com.theorycloud.tabletheory.contract;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One contract scenario file.
 *
 * @param file                 path relative to the contract directory, with forward slashes
 * @param name                 the scenario's own name
 * @param dmsVersion           which DMS model folder the scenario's models come from ({@code 0.1}, {@code 0.2})
 * @param model                the default model name for steps
 * @param tableName            the scenario's table name (a unique physical name is used per run)
 * @param requiredCapabilities capabilities a runner must advertise to run it
 * @param encryption           the scenario's encryption settings, or {@code null}
 * @param seedSteps            steps that seed data (interop scenarios); empty otherwise
 * @param steps                the steps to run (for interop scenarios, the read steps)
 */
public record Scenario(String file, String name, String dmsVersion, String model, @Nullable String tableName,
        List<String> requiredCapabilities, @Nullable Map<String, Object> encryption, List<Step> seedSteps,
        List<Step> steps) {
}
