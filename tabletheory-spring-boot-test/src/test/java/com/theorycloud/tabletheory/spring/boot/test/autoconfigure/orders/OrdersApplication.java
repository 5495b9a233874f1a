package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.orders;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application {@link OrderStorageTests} finds by searching upwards from its package. */
@SpringBootApplication
public class OrdersApplication {

}
