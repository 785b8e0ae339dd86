package id.inovik.query.standings;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.award.ClaimsValidatedEvent;
import id.inovik.api.award.EditionCreatedEvent;
import id.inovik.api.award.Evidence;
import id.inovik.api.award.EvidenceKind;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.InnovationClaimedEvent;
import id.inovik.api.award.SpdClaimedEvent;
import id.inovik.api.award.ValidationDecision;
import id.inovik.api.award.ValidationOutcome;
import id.inovik.api.award.ValidatorRole;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProposedEvent;
import id.inovik.api.region.RegionCatalog;
import id.inovik.awardscoring.ScoringInput;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The live standings do not depend on how the topics interleave: each stream keeps its own order
 * (one region's submission, one innovation, the edition), but Kafka gives no order across
 * partitions and topics, so a claim may arrive before its innovation's proposal or the edition's
 * creation. Every interleaving must give the same engine input and the same results.
 */
class StandingsOrderTest {

  static final RegionCatalog REGIONS = RegionCatalog.load();
  static final String EDITION = "IGA-2026";
  static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");
  static final List<String> CODES = List.of("35.07", "35.79", "73.71", "33.02", "35.78");
  static final Evidence EVIDENCE =
      new Evidence(EvidenceKind.URL, "Data dukung", null, null, "https://example.org/d", null);

  @Test
  void everyInterleavingOfTheStreamsGivesTheSameStandings() {
    List<Deque<AwardRecord>> streams = streams();
    StandingsLedger reference = new StandingsLedger(REGIONS);
    streams.forEach(s -> s.forEach(reference::apply));
    reference.changed(); // scores the regions the records touched
    String digest = digest(reference);
    Map<String, ?> results = reference.liveResults(EDITION);
    assertThat(results).hasSize(CODES.size());

    for (int seed = 0; seed < 30; seed++) {
      Random random = new Random(seed);
      List<Deque<AwardRecord>> pending = new ArrayList<>();
      streams.forEach(s -> pending.add(new ArrayDeque<>(s)));
      StandingsLedger shuffled = new StandingsLedger(REGIONS);
      while (!pending.isEmpty()) {
        Deque<AwardRecord> next = pending.get(random.nextInt(pending.size()));
        shuffled.apply(next.removeFirst());
        if (next.isEmpty()) {
          pending.remove(next);
        }
      }
      shuffled.changed();
      assertThat(digest(shuffled)).as("seed " + seed).isEqualTo(digest);
      assertThat(shuffled.liveResults(EDITION)).as("seed " + seed).isEqualTo(results);
    }
  }

  static String digest(StandingsLedger ledger) {
    return ScoringInput.digest(
        ledger.snapshot(EDITION, null).orElseThrow().entries().stream()
            .map(e -> e.submission())
            .toList());
  }

  /** The edition, one proposal per region, and each region's claims and decisions. */
  static List<Deque<AwardRecord>> streams() {
    List<Deque<AwardRecord>> streams = new ArrayList<>();
    int[] clock = {0};
    Deque<AwardRecord> edition = new ArrayDeque<>();
    edition.add(
        record(
            new EditionCreatedEvent(
                EDITION, "IGA", 2026, 2026, List.of(), List.of(), T0, null, null),
            clock));
    streams.add(edition);
    for (int i = 0; i < CODES.size(); i++) {
      String code = CODES.get(i);
      String innovation = "00000000-0000-4000-8000-00000000000" + i;
      Deque<AwardRecord> proposal = new ArrayDeque<>();
      proposal.add(
          record(
              new InnovationProposedEvent(
                  innovation,
                  code,
                  new InnovationProfile(
                      "Inovasi " + code,
                      code,
                      "Dinas Kesehatan",
                      new Initiator(InitiatorKind.PERANGKAT_DAERAH, "Dinkes"),
                      true,
                      InnovationForm.PELAYANAN_PUBLIK,
                      List.of(),
                      i % 2 == 0 ? GovernmentAffair.KESEHATAN : GovernmentAffair.PENDIDIKAN,
                      List.of(GovernmentAffair.SOSIAL),
                      "rancang",
                      "tujuan",
                      "manfaat",
                      null,
                      null,
                      null,
                      null,
                      null),
                  T0,
                  null,
                  null),
              clock));
      streams.add(proposal);
      String submission = code + "@" + EDITION;
      Deque<AwardRecord> region = new ArrayDeque<>();
      region.add(
          record(
              new SpdClaimedEvent(
                  submission,
                  EDITION,
                  code,
                  List.of(
                      new IndicatorClaim("8", 1 + i % 3, null, List.of(EVIDENCE)),
                      new IndicatorClaim("2a", 3, null, List.of(EVIDENCE))),
                  T0.plusSeconds(i)),
              clock));
      region.add(
          record(
              new InnovationClaimedEvent(
                  submission,
                  EDITION,
                  code,
                  innovation,
                  List.of(
                      new IndicatorClaim("16", 3, null, List.of(EVIDENCE)),
                      new IndicatorClaim("35", 2, null, List.of(EVIDENCE))),
                  T0.plusSeconds(10 + i)),
              clock));
      region.add(
          record(
              new ClaimsValidatedEvent(
                  submission,
                  EDITION,
                  code,
                  "verifikator",
                  ValidatorRole.VERIFIER,
                  List.of(
                      new ValidationDecision(
                          null, "2a", ValidationOutcome.DOWNGRADED, 1 + i % 2, "bukti kurang"),
                      new ValidationDecision(
                          innovation, "16", ValidationOutcome.ACCEPTED, null, null)),
                  T0.plusSeconds(100 + i)),
              clock));
      streams.add(region);
    }
    return streams;
  }

  static AwardRecord record(Object event, int[] clock) {
    clock[0]++;
    return new AwardRecord(
        "event-" + clock[0], event.getClass().getSimpleName(), T0.plusSeconds(clock[0]), event);
  }
}
