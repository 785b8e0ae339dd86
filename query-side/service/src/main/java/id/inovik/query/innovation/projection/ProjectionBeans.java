package id.inovik.query.innovation.projection;

import id.inovik.api.region.RegionCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The framework-free parts of the projection, as beans. */
@Configuration(proxyBeanMethods = false)
class ProjectionBeans {

  @Bean
  EventDecoder eventDecoder() {
    return new EventDecoder();
  }

  @Bean
  InnovationProjector innovationProjector(RegionCatalog regions) {
    return new InnovationProjector(regions);
  }
}
