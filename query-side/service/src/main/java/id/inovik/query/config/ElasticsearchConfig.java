package id.inovik.query.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Elasticsearch Java client over the low-level REST 5 client, with a Jackson 3 mapper so that
 * documents are written exactly as the rest of the service writes JSON (ISO dates, enum names).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfig {

  @Bean(destroyMethod = "close")
  Rest5Client elasticsearchRestClient(QueryProperties properties) {
    return Rest5Client.builder(properties.elasticsearch().url()).build();
  }

  @Bean
  ElasticsearchClient elasticsearchClient(Rest5Client restClient) {
    return new ElasticsearchClient(
        new Rest5ClientTransport(restClient, new Jackson3JsonpMapper(documentMapper())));
  }

  /** Jackson 3 defaults: dates as ISO strings, enums by name, records by component names. */
  static JsonMapper documentMapper() {
    return JsonMapper.builder().build();
  }
}
