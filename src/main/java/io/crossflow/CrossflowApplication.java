package io.crossflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CrossflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrossflowApplication.class, args);
    }
}
