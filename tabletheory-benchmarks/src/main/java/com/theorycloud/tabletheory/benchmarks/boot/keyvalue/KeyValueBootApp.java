package com.theorycloud.tabletheory.benchmarks.boot.keyvalue;

import com.theorycloud.tabletheory.benchmarks.boot.BootStartup;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.map.repository.config.EnableMapRepositories;

/**
 * The fourth side of the Boot startup benchmark: the baseline plus Spring Data KeyValue's map repositories for 20
 * entities of the same shape as the TableTheory models and 10 repositories with the same three derived queries each,
 * what Spring Data's repository infrastructure (factory beans, proxies, mapping context, query lookup) costs at
 * startup with no store behind it, for the side-by-side comparison of target 5. Its bean methods are not proxied, as
 * on the other sides.
 */
@SpringBootApplication(proxyBeanMethods = false)
@EnableMapRepositories(basePackages = "com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository")
public class KeyValueBootApp {

    /** Starts the application and prints its startup result line. */
    public static void main(String[] args) {
        BootStartup.runWithoutTableTheory("keyvalue", KeyValueBootApp.class, args);
    }
}
