package id.inovik.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Inovik read side: Kafka projection into Elasticsearch, search API and dashboard page. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class QueryApplication {

  public static void main(String[] args) {
    SpringApplication.run(QueryApplication.class, args);
  }
}
