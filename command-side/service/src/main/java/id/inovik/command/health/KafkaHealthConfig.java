package id.inovik.command.health;

import id.inovik.platform.health.KafkaHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Health component {@code kafka}, asked through an admin client of its own. */
@Configuration(proxyBeanMethods = false)
class KafkaHealthConfig {

  @Bean("kafka")
  KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
    return KafkaHealthIndicator.withOwnClient(admin.getConfigurationProperties());
  }
}
