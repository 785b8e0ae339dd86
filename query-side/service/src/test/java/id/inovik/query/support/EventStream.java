package id.inovik.query.support;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationEvent;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProposedEvent;
import id.inovik.api.messaging.PublishedEvent;
import id.inovik.api.messaging.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes innovation events to the topic exactly as the command side does: a {@link PublishedEvent}
 * envelope as JSON (Jackson 3 defaults), keyed by region code, sequence per innovation from 0.
 */
public final class EventStream {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicLong GLOBAL = new AtomicLong();

  private final KafkaTemplate<String, String> kafka;

  EventStream(KafkaTemplate<String, String> kafka) {
    this.kafka = kafka;
  }

  /** A new innovation id that no other test uses. */
  public static String newId() {
    return UUID.randomUUID().toString();
  }

  public static InnovationProfile profile(
      String name, String regionCode, String design, GovernmentAffair mainAffair) {
    return new InnovationProfile(
        name,
        regionCode,
        "Dinas Kependudukan dan Pencatatan Sipil",
        new Initiator(InitiatorKind.ASN, "Siti Rahmawati"),
        true,
        InnovationForm.PELAYANAN_PUBLIK,
        List.of("Smart City"),
        mainAffair,
        List.of(GovernmentAffair.KOMUNIKASI_INFORMATIKA),
        design,
        "Mempercepat layanan bagi warga.",
        "Warga tidak perlu datang ke kantor.",
        "Waktu tunggu turun dari 14 hari menjadi 1 hari.",
        150_000_000L,
        LocalDate.of(2024, 2, 1),
        LocalDate.of(2024, 5, 1),
        "https://video.example/inovasi");
  }

  public static InnovationProposedEvent proposed(String id, InnovationProfile profile, Instant at) {
    return new InnovationProposedEvent(id, profile.regionCode(), profile, at, null, null);
  }

  /** The record value the command side would write for {@code event} at {@code sequence}. */
  public static String envelope(InnovationEvent event, long sequence, Instant timestamp) {
    PublishedEvent published =
        new PublishedEvent(
            PublishedEvent.CURRENT_VERSION,
            UUID.randomUUID().toString(),
            event.getClass().getSimpleName(),
            "1",
            event.innovationId(),
            sequence,
            GLOBAL.incrementAndGet(),
            timestamp,
            event);
    return JSON.writeValueAsString(published);
  }

  /** Sends one event and waits for the broker's acknowledgement. */
  public void send(InnovationEvent event, long sequence, Instant timestamp) {
    sendRaw(event.regionCode(), envelope(event, sequence, timestamp));
  }

  public void sendRaw(String key, String value) {
    try {
      kafka.send(Topics.INNOVATION_EVENTS, key, value).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Could not send to Kafka", e);
    }
  }

  /** Events of one innovation with consecutive sequences and timestamps a minute apart. */
  public Innovation innovation(String id, Instant firstAt) {
    return new Innovation(id, firstAt);
  }

  public final class Innovation {
    private final String id;
    private final Instant firstAt;
    private long next;
    private final java.util.List<String> sent = new java.util.ArrayList<>();
    private final java.util.List<String> history = new java.util.ArrayList<>();
    private String key;

    private Innovation(String id, Instant firstAt) {
      this.id = id;
      this.firstAt = firstAt;
    }

    public String id() {
      return id;
    }

    public Innovation then(InnovationEvent event) {
      String value = record(event);
      sent.add(value);
      sendRaw(key, value);
      return this;
    }

    /**
     * Stores the next event in the innovation's history (what the command service's event store
     * holds) without sending it: the topic lacks it until {@link #send(long)}.
     */
    public Innovation withhold(InnovationEvent event) {
      record(event);
      return this;
    }

    /** Sends the event at {@code sequence} (sent or withheld before) now, e.g. late. */
    public Innovation send(long sequence) {
      String value = history.get((int) sequence);
      sent.add(value);
      sendRaw(key, value);
      return this;
    }

    /** Every event's envelope, sent or withheld, sequence 0 first: the event store's history. */
    public java.util.List<String> history() {
      return java.util.List.copyOf(history);
    }

    private String record(InnovationEvent event) {
      key = event.regionCode();
      String value = envelope(event, next, firstAt.plusSeconds(60 * next));
      next++;
      history.add(value);
      return value;
    }

    /** Sends every record of this innovation again, as an at-least-once publisher may. */
    public void resendAll() {
      sent.forEach(v -> sendRaw(key, v));
    }

    public long lastSequence() {
      return next - 1;
    }
  }
}
