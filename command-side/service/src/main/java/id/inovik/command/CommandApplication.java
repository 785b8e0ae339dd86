package id.inovik.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The write side of Inovik: innovation commands in, events into the store and onto Kafka. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandApplication {

  public static void main(String[] args) {
    SpringApplication.run(CommandApplication.class, args);
  }
}
