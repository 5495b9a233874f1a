package com.theorycloud.tabletheory.contract;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the contract directory: the system property {@code tabletheory.contract.dir}, else
 * {@code ../shared/tabletheory-contract} relative to the repository root (system property
 * {@code tabletheory.repo.root}, else the working directory). Relative paths resolve against the repository root.
 */
public final class ContractDirectory {

    /** System property naming the contract directory. */
    public static final String PROPERTY = "tabletheory.contract.dir";

    private ContractDirectory() {
    }

    /**
     * Resolves the contract directory and checks it holds scenarios.
     *
     * @throws IllegalStateException when the directory has no {@code scenarios} folder
     */
    public static Path resolve() {
        Path repoRoot = Path.of(System.getProperty("tabletheory.repo.root", ".")).toAbsolutePath().normalize();
        String configured = System.getProperty(PROPERTY, "");
        Path dir = configured.isBlank() ? repoRoot.resolve("../shared/tabletheory-contract")
                : repoRoot.resolve(configured);
        dir = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("scenarios"))) {
            throw new IllegalStateException("No contract scenarios under " + dir + ": put the upstream contract at "
                    + "../shared/tabletheory-contract beside the repository, or pass -D" + PROPERTY + "=<dir>");
        }
        return dir;
    }
}
