package id.inovik.query.standings;

import id.inovik.query.config.QueryProperties;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the standings index before the listeners start (bean initialisation precedes lifecycle
 * start), waiting for Elasticsearch up to {@code inovik.elasticsearch.startup-timeout}.
 */
@Component
class StandingsIndexInitializer implements InitializingBean {

  private final StandingsIndex index;
  private final Duration timeout;

  StandingsIndexInitializer(StandingsIndex index, QueryProperties properties) {
    this.index = index;
    this.timeout = properties.elasticsearch().startupTimeout();
  }

  @Override
  public void afterPropertiesSet() throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      try {
        index.ensureExists();
        return;
      } catch (Exception e) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Standings index not usable: " + e.getMessage(), e);
        }
        Thread.sleep(1_000);
      }
    }
  }
}
