package id.inovik.query.innovation.index;

import id.inovik.query.config.QueryProperties;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the index at start-up if it is missing, waiting for Elasticsearch up to {@code
 * inovik.elasticsearch.startup-timeout}. Runs before the Kafka listeners start (bean initialisation
 * precedes lifecycle start), so the projection never writes to a missing alias.
 */
@Component
class InnovationIndexInitializer implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(InnovationIndexInitializer.class);

  private final InnovationIndex index;
  private final Duration timeout;

  InnovationIndexInitializer(InnovationIndex index, QueryProperties properties) {
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
          throw new IllegalStateException(
              "Elasticsearch not usable after " + timeout + ": " + e.getMessage(), e);
        }
        log.warn("Elasticsearch not ready ({}); retrying", e.toString());
        Thread.sleep(1_000);
      }
    }
  }
}
