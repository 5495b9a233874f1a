package com.theorycloud.tabletheory.benchmarks.boot.baseline;

import com.theorycloud.tabletheory.benchmarks.boot.BootStartup;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The baseline side of the Boot startup benchmark: the same class path and properties as
 * {@link com.theorycloud.tabletheory.benchmarks.boot.app.TableTheoryBootApp}, with every TableTheory
 * auto-configuration excluded and nothing to scan in its package.
 */
@SpringBootApplication(excludeName = {
    "com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration",
    "com.theorycloud.tabletheory.spring.boot.autoconfigure.local.TableTheoryLocalAutoConfiguration",
    "com.theorycloud.tabletheory.spring.boot.autoconfigure.encryption.TableTheoryEncryptionAutoConfiguration",
    "com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration",
    "com.theorycloud.tabletheory.spring.boot.autoconfigure.observation.TableTheoryObservationAutoConfiguration",
    "com.theorycloud.tabletheory.spring.boot.autoconfigure.metrics.TableTheoryMetricsAutoConfiguration",
    "com.theorycloud.tabletheory.spring.boot.autoconfigure.health.TableTheoryHealthAutoConfiguration",
    "com.theorycloud.tabletheory.spring.boot.autoconfigure.data.TableTheoryRepositoriesAutoConfiguration",
    "com.theorycloud.tabletheory.spring.boot.autoconfigure.outbox.TableTheoryOutboxAutoConfiguration",
    "com.theorycloud.tabletheory.spring.boot.autoconfigure.release.TableTheoryReleaseStateAutoConfiguration" })
public class BaselineBootApp {

    /** Starts the application and prints its startup result line. */
    public static void main(String[] args) {
        BootStartup.run("baseline", BaselineBootApp.class, args);
    }
}
