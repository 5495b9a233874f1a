package com.theorycloud.tabletheory.model.dms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the read-only contract data (../shared/tabletheory-contract next to the repository root) for tests.
 */
public final class ContractDirectory {

    private ContractDirectory() {
    }

    /** The contract directory; fails the test run with a clear message when it is missing. */
    public static Path root() {
        String repoRoot = System.getProperty("tabletheory.repo.root", Paths.get("").toAbsolutePath().getParent()
                .toString());
        Path dir = Paths.get(repoRoot).resolve("../shared/tabletheory-contract").normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("contract data not found at " + dir
                    + "; set -Dtabletheory.repo.root to the repository root");
        }
        return dir;
    }

    /** A path inside the contract directory. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
