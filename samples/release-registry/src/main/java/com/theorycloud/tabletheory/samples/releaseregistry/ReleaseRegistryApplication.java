package com.theorycloud.tabletheory.samples.releaseregistry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The release registry: run it on the embedded local DynamoDB, or with {@code --spring.profiles.active=aws}. */
@SpringBootApplication
@EnableConfigurationProperties(RegistryProperties.class)
public class ReleaseRegistryApplication {

    /** Runs the application. */
    public static void main(String[] args) {
        SpringApplication.run(ReleaseRegistryApplication.class, args);
    }
}
