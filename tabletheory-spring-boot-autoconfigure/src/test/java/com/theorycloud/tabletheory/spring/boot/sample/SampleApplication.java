package com.theorycloud.tabletheory.spring.boot.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A web application that uses TableTheory the way users do: the starter's auto-configuration and nothing else. */
@SpringBootApplication
public class SampleApplication {

}
