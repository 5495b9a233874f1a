package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the slice tests find by searching upwards from their package. */
@SpringBootApplication
public class SampleApplication {

}
