package org.highroad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Highroad: job-quality standards carried from the first bid to the last paycheck. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HighroadApplication {

    public static void main(String[] args) {
        SpringApplication.run(HighroadApplication.class, args);
    }
}
