package id.inovik.query.config;

import id.inovik.api.region.RegionCatalog;
import id.inovik.query.innovation.projection.EventDecoder;
import id.inovik.query.innovation.projection.InnovationProjector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The framework-free parts of the projection, and the region reference data. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfig {

  @Bean
  RegionCatalog regionCatalog() {
    return RegionCatalog.load();
  }

  @Bean
  EventDecoder eventDecoder() {
    return new EventDecoder();
  }

  @Bean
  InnovationProjector innovationProjector(RegionCatalog regions) {
    return new InnovationProjector(regions);
  }
}
