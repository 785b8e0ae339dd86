package id.inovik.command.config;

import id.inovik.api.region.RegionCatalog;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon wiring beyond the defaults: the Jackson 3 serializer may only instantiate Axon's and our own
 * types; a failing event handler propagates (the processor retries and reports an error state)
 * instead of being logged and skipped.
 */
@Configuration
public class AxonConfig {

  @Bean
  Jackson3SerializerCustomizer inovikTypeValidator() {
    return builder ->
        builder.polymorphicTypeValidator(
            BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("id.inovik.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.time.")
                .build());
  }

  @Bean
  ConfigurerModule propagateHandlerErrors() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  RegionCatalog regionCatalog() {
    return RegionCatalog.load();
  }
}
