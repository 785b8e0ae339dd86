package id.inovik.query.config;

import id.inovik.api.messaging.Topics;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything the query service lets an operator tune (prefix {@code inovik}); see the README's
 * configuration table.
 */
@ConfigurationProperties("inovik")
public record QueryProperties(
    @DefaultValue Elasticsearch elasticsearch,
    @DefaultValue TopicNames topics,
    @DefaultValue Projection projection,
    @DefaultValue Search search,
    @DefaultValue CommandService commandService) {

  public static final String DEFAULT_GROUP_ID = "inovik-query-innovations";

  /**
   * @param url base URL of the Elasticsearch HTTP endpoint
   * @param indexAlias alias the projection writes to and the API reads from; concrete indexes are
   *     named {@code <alias>-v<mapping version>-<n>}
   * @param replicas replicas per shard (0 on a single node, so the index stays green)
   * @param refreshInterval how soon a write becomes searchable; never refreshed per write
   * @param startupTimeout how long start-up waits for Elasticsearch before giving up
   */
  public record Elasticsearch(
      @DefaultValue("http://127.0.0.1:9200") URI url,
      @DefaultValue("innovations") String indexAlias,
      @DefaultValue("1") int shards,
      @DefaultValue("0") int replicas,
      @DefaultValue("1s") String refreshInterval,
      @DefaultValue("60s") Duration startupTimeout) {}

  /**
   * @param innovationEvents the topic of innovation events (records keyed by region code)
   */
  public record TopicNames(@DefaultValue(Topics.INNOVATION_EVENTS) String innovationEvents) {

    /** Where records the projection cannot apply go, with the reason in headers. */
    public String innovationEventsDeadLetter() {
      return innovationEvents + ".DLT";
    }
  }

  /**
   * @param groupId consumer group of the live projection
   * @param maxBatch most records per poll, hence per mget + bulk round
   * @param rebuildBatch most records per bulk request while rebuilding
   * @param retryMaxInterval longest pause between retries when Elasticsearch or Kafka fail
   * @param lagInterval how often the lag in events is measured
   */
  public record Projection(
      @DefaultValue(DEFAULT_GROUP_ID) String groupId,
      @DefaultValue("500") int maxBatch,
      @DefaultValue("2000") int rebuildBatch,
      @DefaultValue("30s") Duration retryMaxInterval,
      @DefaultValue("10s") Duration lagInterval) {

    /**
     * The consumer group that only marks how far an operator has acknowledged the dead-letter topic
     * (it never consumes): what lies past its offsets is unacknowledged, even after a restart.
     */
    public String acknowledgedGroupId() {
      return groupId + ".dlt-acknowledged";
    }
  }

  /**
   * The command service, asked for an innovation's full history when the topic lacks some of its
   * events (the event store is the source of truth).
   *
   * @param url base URL; the history is {@code GET <url>/api/innovations/{id}/events}
   * @param connectTimeout how long to wait for a connection
   * @param readTimeout how long to wait for the whole answer
   */
  public record CommandService(
      @DefaultValue("http://127.0.0.1:8081") URI url,
      @DefaultValue("2s") Duration connectTimeout,
      @DefaultValue("10s") Duration readTimeout) {}

  /**
   * @param defaultSize page size when the request names none
   * @param maxSize largest page size a request may ask for
   * @param pitKeepAlive how long a cursor stays usable after its last page
   */
  public record Search(
      @DefaultValue("20") int defaultSize,
      @DefaultValue("100") int maxSize,
      @DefaultValue("5m") Duration pitKeepAlive) {}
}
