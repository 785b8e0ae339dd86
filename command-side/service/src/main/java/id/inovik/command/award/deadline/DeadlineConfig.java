package id.inovik.command.award.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import id.inovik.command.award.AwardProperties;
import id.inovik.command.config.EventStoreSchema;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Axon's {@link DbSchedulerDeadlineManager} over the event store's database (docs/adr/0012).
 *
 * <p>The scheduler reaches the database through a transaction-aware proxy: a deadline scheduled or
 * cancelled by a command is written in that command's transaction, together with its events, so it
 * exists exactly when the event that set it does. A due deadline runs in its own unit of work and
 * transaction (the aggregate's events and the lookup rows); the scheduler removes it after that
 * committed. If the process dies in between, the deadline runs again after a restart and the
 * aggregate's handler, finding the stage already closed, writes nothing.
 *
 * <p>The db-scheduler {@link Scheduler} is not a Spring bean, so Axon's db-scheduler
 * auto-configuration (which reacts to one) stays out; it starts after everything else and stops
 * first.
 */
@Configuration
class DeadlineConfig {

  @Bean
  DeadlineScheduling deadlineScheduling(
      DataSource dataSource,
      JdbcTemplate jdbc,
      EventStoreSchema schema,
      ObjectProvider<org.axonframework.config.Configuration> axon,
      Serializer serializer,
      TransactionManager transactionManager,
      AwardProperties properties) {
    DeadlineTables.create(jdbc, schema);
    AtomicReference<DbSchedulerDeadlineManager> manager = new AtomicReference<>();
    Scheduler scheduler =
        Scheduler.create(
                new TransactionAwareDataSourceProxy(dataSource),
                DbSchedulerDeadlineManager.binaryTask(manager::get))
            .tableName(DeadlineTables.TABLE)
            .pollingInterval(properties.deadlinePollInterval())
            .heartbeatInterval(Duration.ofSeconds(30))
            .threads(2)
            .shutdownMaxWait(Duration.ofSeconds(30))
            .build();
    ScopeAwareProvider scopes =
        scope ->
            new ConfigurationScopeAwareProvider(axon.getObject()).provideScopeAwareStream(scope);
    manager.set(
        DbSchedulerDeadlineManager.builder()
            .scheduler(scheduler)
            .scopeAwareProvider(scopes)
            .serializer(serializer)
            .transactionManager(transactionManager)
            .startScheduler(false)
            .stopScheduler(false)
            .build());
    return new DeadlineScheduling(scheduler, manager.get());
  }

  /** The deadline manager that aggregates receive as a handler parameter. */
  @Bean
  DbSchedulerDeadlineManager deadlineManager(DeadlineScheduling scheduling) {
    return scheduling.manager();
  }

  /** Runs the scheduler while the service runs: started last, stopped first. */
  static final class DeadlineScheduling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduling.class);
    private final Scheduler scheduler;
    private final DbSchedulerDeadlineManager manager;
    private volatile boolean running;

    DeadlineScheduling(Scheduler scheduler, DbSchedulerDeadlineManager manager) {
      this.scheduler = scheduler;
      this.manager = manager;
    }

    DbSchedulerDeadlineManager manager() {
      return manager;
    }

    @Override
    public void start() {
      scheduler.start();
      running = true;
      log.info("Deadline scheduler started");
    }

    @Override
    public void stop() {
      running = false;
      scheduler.stop();
      log.info("Deadline scheduler stopped");
    }

    @Override
    public boolean isRunning() {
      return running;
    }

    @Override
    public int getPhase() {
      return Integer.MAX_VALUE - 10;
    }
  }
}
