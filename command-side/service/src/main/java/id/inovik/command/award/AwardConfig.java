package id.inovik.command.award;

import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.command.award.lookup.AwardLookupProjector;
import id.inovik.command.config.InovikCommandProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Wiring of the award cycle: programmes, the schedule clock, the lookup processor, the topic. */
@Configuration
public class AwardConfig {

  @Bean
  ProgrammeCatalog programmeCatalog() {
    return ProgrammeCatalog.load();
  }

  @Bean
  ScheduleClock scheduleClock(AwardProperties properties) {
    return new ScheduleClock(properties.dayLength());
  }

  /** The lookup is kept in the transaction of the event it follows: a subscribing processor. */
  @Bean
  ConfigurerModule awardLookupProcessor() {
    return configurer ->
        configurer.eventProcessing().registerSubscribingEventProcessor(AwardLookupProjector.GROUP);
  }

  /** Every award event, kept forever like the other event topics. */
  @Bean
  NewTopic awardEventsTopic(InovikCommandProperties properties) {
    return TopicBuilder.name(properties.topics().awardEvents())
        .partitions(properties.partitions())
        .replicas(properties.replicationFactor())
        .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
        .build();
  }
}
