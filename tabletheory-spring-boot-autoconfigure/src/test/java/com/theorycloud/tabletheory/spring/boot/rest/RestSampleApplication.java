package com.theorycloud.tabletheory.spring.boot.rest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A web application exposing TableTheory repositories with Spring Data REST and nothing else of its own. */
@SpringBootApplication
public class RestSampleApplication {

}
