package com.theorycloud.tabletheory.benchmarks.boot.baseline;

import com.theorycloud.tabletheory.benchmarks.boot.BootStartup;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The baseline side of the Boot startup benchmark: the same class path and properties as
 * {@link com.theorycloud.tabletheory.benchmarks.boot.app.TableTheoryBootApp}, with every TableTheory
 * auto-configuration excluded and nothing to scan in its package.
 */
@SpringBootApplication
public class BaselineBootApp {

    /** Starts the application and prints its startup result line. */
    public static void main(String[] args) {
        BootStartup.runWithoutTableTheory("baseline", BaselineBootApp.class, args);
    }
}
