package id.inovik.command.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProposedEvent;
import id.inovik.api.messaging.Topics;
import id.inovik.command.support.Http;
import id.inovik.command.support.PublishedRecords;
import id.inovik.testservers.TestServers;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No event is ever skipped by the Kafka publisher, whatever the order in which concurrent
 * transactions commit: the very first event of a new store committing after later ones, an event
 * committing after the publisher gave its gap up, and many writers at once. Run against each event
 * store (subclasses, with the gap timeout at 2 s and the audit every 500 ms); every test compares
 * the store with the topic event by event.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PublicationGapContract {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired EventProcessingConfiguration processing;
  @Autowired MeterRegistry meters;

  @Autowired
  @Qualifier("eventSerializer")
  Serializer serializer;

  Http http;

  @BeforeEach
  void client() {
    http = new Http("http://127.0.0.1:" + port);
  }

  @Test
  @Order(1)
  void theFirstEventOfANewStoreIsPublishedEvenWhenItCommitsLast() throws Exception {
    assertThat(storedEventIds()).as("a new, empty store").isEmpty();
    long firstIndex;
    try (HeldEvent first = hold("32.73")) {
      firstIndex = first.globalIndex;
      List<String> later = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        later.add(propose("Layanan Kependudukan Keliling " + i, "32.73"));
      }
      // The later events are published while the first is still uncommitted.
      PublishedRecords.awaitEventIds(
          TestServers.kafkaBootstrapServers(), Topics.INNOVATION_EVENTS, eventIdsOf(later));
      first.commit();
    }
    assertThat(jdbc.queryForObject("SELECT MIN(globalIndex) FROM DomainEventEntry", Long.class))
        .as("the held event is the store's first")
        .isEqualTo(firstIndex);
    assertEverythingPublished();
  }

  @Test
  @Order(2)
  void anEventCommittedAfterThePublisherGaveItsGapUpIsPublishedLate() throws Exception {
    StreamingEventProcessor publisher = publisher();
    double lateBefore = lateCount();
    publisher.shutDown();
    long slowIndex;
    try (HeldEvent slow = hold("61.71")) {
      slowIndex = slow.globalIndex;
      String other = propose("Sistem Antrean Puskesmas Daring", "61.71");
      // The publisher comes back after the gap timeout: the events it reads are older than the
      // timeout, so it moves past the uncommitted index instead of waiting for it.
      Thread.sleep(2_500);
      publisher.start();
      PublishedRecords.awaitEventIds(
          TestServers.kafkaBootstrapServers(),
          Topics.INNOVATION_EVENTS,
          eventIdsOf(List.of(other)));
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                GapAwareTrackingToken token = publisherToken();
                assertThat(token.getIndex()).isGreaterThan(slow.globalIndex);
                assertThat(token.getGaps()).doesNotContain(slow.globalIndex);
              });
      slow.commit();
    }
    assertEverythingPublished();
    assertThat(lateCount()).isGreaterThan(lateBefore);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        http.get("/actuator/health")
                            .json()
                            .at("/components/eventProcessors/details/auditCheckedUpTo")
                            .asLong())
                    .as("the audit has checked the store past the late event")
                    .isGreaterThanOrEqualTo(slowIndex));
  }

  @Test
  @Order(3)
  void manyConcurrentWritersAndSlowCommitsLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int writer = 0; writer < 6; writer++) {
        int w = writer;
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 25; i++) {
                    String id = propose("Inovasi Serentak " + w + "-" + i, "35.07");
                    if (i % 3 == 0) {
                      assertThat(
                              http.post(
                                      "/api/innovations/" + id + "/review",
                                      "{\"feasible\":true,\"reviewedOn\":\"2024-01-10\"}")
                                  .status())
                          .isEqualTo(200);
                    }
                  }
                  return null;
                }));
      }
      for (int slow = 0; slow < 2; slow++) {
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 4; i++) {
                    try (HeldEvent held = hold("73.71")) {
                      // some commit within the gap timeout, some well after it
                      Thread.sleep(ThreadLocalRandom.current().nextLong(100, 3_500));
                      held.commit();
                    }
                    rolledBackInsert();
                  }
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEverythingPublished();
  }

  // ---------------------------------------------------------------------------------------------

  void assertEverythingPublished() {
    Set<String> stored = storedEventIds();
    Set<String> missing =
        PublishedRecords.missingEventIds(
            TestServers.kafkaBootstrapServers(),
            Topics.INNOVATION_EVENTS,
            stored,
            Duration.ofSeconds(45));
    assertThat(missing).as("events stored but never published").isEmpty();
  }

  Set<String> storedEventIds() {
    return new HashSet<>(
        jdbc.queryForList("SELECT eventIdentifier FROM DomainEventEntry", String.class));
  }

  Set<String> eventIdsOf(List<String> innovationIds) {
    Set<String> ids = new HashSet<>();
    for (String id : innovationIds) {
      ids.addAll(
          jdbc.queryForList(
              "SELECT eventIdentifier FROM DomainEventEntry WHERE aggregateIdentifier = ?",
              String.class,
              id));
    }
    return ids;
  }

  String propose(String name, String region) {
    Http.Response created =
        http.post(
            "/api/innovations",
            """
            {"name":"%s","regionCode":"%s","owningAgency":"Dinas Kesehatan",
             "initiator":{"kind":"ASN","name":"Siti Aminah"},"digital":true,
             "form":"PELAYANAN_PUBLIK","mainAffair":"KESEHATAN",
             "design":"Antrean puskesmas lewat aplikasi.","goals":"Antrean pendek.",
             "benefits":"Warga menunggu di rumah."}
            """
                .formatted(name, region));
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  StreamingEventProcessor publisher() {
    return processing
        .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
        .orElseThrow();
  }

  GapAwareTrackingToken publisherToken() {
    return (GapAwareTrackingToken)
        WrappedToken.unwrapLowerBound(
            publisher().processingStatus().values().iterator().next().getTrackingToken());
  }

  double lateCount() {
    return meters.find("inovik.publisher.events.late").counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  /** An index taken and given back, as a failed command's transaction does. */
  void rolledBackInsert() throws Exception {
    try (HeldEvent discarded = hold("11.01")) {
      discarded.connection.rollback();
    }
  }

  HeldEvent hold(String region) throws SQLException {
    return new HeldEvent(region);
  }

  /**
   * A proposal written into the event store by a transaction that has not committed yet, as a slow
   * command's would be: its global index is taken, its row is invisible to the publisher.
   */
  final class HeldEvent implements AutoCloseable {
    final Connection connection;
    final long globalIndex;

    HeldEvent(String region) throws SQLException {
      String id = UUID.randomUUID().toString();
      InnovationProposedEvent event =
          new InnovationProposedEvent(
              id,
              region,
              new InnovationProfile(
                  "Inovasi Tertunda " + id.substring(0, 8),
                  region,
                  "Bappeda",
                  new Initiator(InitiatorKind.ASN, "Budi Santoso"),
                  false,
                  InnovationForm.TATA_KELOLA_PEMERINTAHAN,
                  List.of(),
                  GovernmentAffair.PERENCANAAN_PEMBANGUNAN,
                  List.of(),
                  "Rapat perencanaan terbuka.",
                  "Perencanaan partisipatif.",
                  "Usulan warga masuk RKPD.",
                  null,
                  null,
                  null,
                  null,
                  null),
              Instant.now(),
              null,
              null);
      SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
      SerializedObject<byte[]> metaData =
          serializer.serialize(MetaData.emptyInstance(), byte[].class);
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type,"
                  + " eventIdentifier, metaData, payload, payloadRevision, payloadType,"
                  + " timeStamp) VALUES (?, 0, 'Innovation', ?, ?, ?, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, id);
        insert.setString(2, UUID.randomUUID().toString());
        insert.setBytes(3, metaData.getData());
        insert.setBytes(4, payload.getData());
        insert.setString(5, payload.getType().getRevision());
        insert.setString(6, payload.getType().getName());
        insert.setString(7, Instant.now().toString());
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          globalIndex = keys.getLong(1);
        }
      }
    }

    void commit() throws SQLException {
      connection.commit();
    }

    @Override
    public void close() throws SQLException {
      if (!connection.isClosed()) {
        connection.rollback();
        connection.close();
      }
    }
  }
}
