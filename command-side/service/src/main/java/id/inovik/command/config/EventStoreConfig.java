package id.inovik.command.config;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The JDBC event store, token store and transaction manager, declared explicitly: Axon 4.13's
 * auto-configuration orders itself after Spring Boot 3 class names, so on Boot 4 its JDBC beans are
 * skipped and it would fall back to a no-op transaction manager.
 */
@Configuration
class EventStoreConfig {

  @Bean
  TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
    return new SpringTransactionManager(transactionManager);
  }

  @Bean
  ConnectionProvider axonConnectionProvider(DataSource dataSource) {
    return new UnitOfWorkAwareConnectionProviderWrapper(
        new SpringDataSourceConnectionProvider(dataSource));
  }

  /** Tables first: the engine needs to know the store's lowest global index. */
  @Bean
  EventStoreSchema eventStoreSchema(DataSource dataSource) {
    return EventStoreSchema.create(dataSource);
  }

  @Bean
  EventStorageEngine eventStorageEngine(
      EventStoreSchema schema,
      InovikCommandProperties properties,
      Serializer defaultSerializer,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      org.axonframework.config.Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager) {
    return JdbcEventStorageEngine.builder()
        .snapshotSerializer(defaultSerializer)
        .eventSerializer(eventSerializer)
        .upcasterChain(configuration.upcasterChain())
        .snapshotFilter(configuration.snapshotFilter())
        .persistenceExceptionResolver(new UniqueViolationResolver())
        .connectionProvider(connectionProvider)
        .transactionManager(transactionManager)
        .lowestGlobalSequence(schema.lowestGlobalIndex())
        .gapTimeout(Math.toIntExact(properties.publisher().gapTimeout().toMillis()))
        .build();
  }

  @Bean
  TokenStore tokenStore(
      EventStoreSchema schema, ConnectionProvider connectionProvider, Serializer serializer) {
    return JdbcTokenStore.builder()
        .connectionProvider(connectionProvider)
        .serializer(serializer)
        .build();
  }
}
