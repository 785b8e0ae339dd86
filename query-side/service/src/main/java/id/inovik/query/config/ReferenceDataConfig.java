package id.inovik.query.config;

import id.inovik.api.region.RegionCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The region reference data, shared by the projection, the search and the region endpoints. (The
 * projection's own beans are declared in its package, so configuration does not depend on it.)
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfig {

  @Bean
  RegionCatalog regionCatalog() {
    return RegionCatalog.load();
  }
}
