package id.inovik.query.health;

import id.inovik.platform.health.KafkaHealthIndicator;
import org.apache.kafka.clients.admin.AdminClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health component {@code kafka}, asked through the service's admin client. */
@Configuration(proxyBeanMethods = false)
class KafkaHealthConfig {

  @Bean("kafka")
  KafkaHealthIndicator kafkaHealthIndicator(AdminClient client) {
    return KafkaHealthIndicator.using(client);
  }
}
