package com.theorycloud.tabletheory.benchmarks.boot.app;

import com.theorycloud.tabletheory.benchmarks.boot.BootStartup;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.DynamoDbClientBuilderCustomizer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The TableTheory side of the Boot startup benchmark: the starter's auto-configuration scans the 20 models of
 * {@code model} and registers the 10 repositories of {@code repository}. Its client counts every request, to show
 * that startup makes none. Its bean methods are not proxied ({@code proxyBeanMethods = false}, as in Boot's own
 * auto-configurations): a proxied configuration class costs the CGLIB class generation at startup (40-80 ms on the
 * loaded benchmark machine), which the baseline, having no bean methods, would not pay, and which is the
 * application's choice, not the starter's.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class TableTheoryBootApp {

    /** Starts the application and prints its startup result line. */
    public static void main(String[] args) {
        BootStartup.run("tabletheory", TableTheoryBootApp.class, args);
    }

    @Bean
    DynamoDbClientBuilderCustomizer countRequests() {
        return builder -> builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .addExecutionInterceptor(BootStartup.REQUEST_COUNTER).build());
    }
}
