package id.inovik.command.award.standings;

import id.inovik.api.award.EditionIds;
import id.inovik.api.award.JuryEvent;
import id.inovik.api.award.JuryStanding;
import id.inovik.api.award.RankingEntry;
import id.inovik.api.award.RecordedRanking;
import id.inovik.api.award.SubmissionEvent;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.region.ChangeRegionDesignationCommand;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionDesignation;
import id.inovik.awardscoring.InnovationFacts;
import id.inovik.awardscoring.JuryFold;
import id.inovik.awardscoring.RegionFacts;
import id.inovik.awardscoring.ScoringInput;
import id.inovik.awardscoring.SubmissionFold;
import id.inovik.command.award.lookup.StandingsLookup;
import id.inovik.command.award.lookup.StandingsLookup.InnovationInfo;
import id.inovik.command.award.lookup.StandingsLookup.SubmissionRef;
import id.inovik.command.region.RegionEditionReader;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.edition.EngineVersion;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.jury.JuryConfig;
import id.inovik.scoring.jury.JuryRegionResult;
import id.inovik.scoring.jury.JuryResult;
import id.inovik.scoring.jury.JuryScoring;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.region.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/**
 * The validated standings of an edition, computed from the event store at the moment of a decision
 * (nominees, published results) so that the decision can record exactly what it was taken from:
 * every submission stream of the edition is read to its end and folded ({@link SubmissionFold}),
 * the regions' names and border/underdeveloped lists of the edition year and the innovations'
 * affairs come from the catalogue, the region designations and the award lookup, and the scoring
 * engine ranks the result per award category of the rubric (docs/adr/0017).
 *
 * <p>A national edition reads about 550 short streams; this is a decision-time computation, not a
 * query path (the live standings are the query side's).
 */
@Service
public class EditionStandings {

  /** What the standings are ranked on. */
  public static final String BASIS = "validated-iid";

  private final StandingsLookup lookup;
  private final EventStore eventStore;
  private final RegionCatalog regions;
  private final RegionEditionReader designations;
  private final Clock clock;

  EditionStandings(
      StandingsLookup lookup,
      EventStore eventStore,
      RegionCatalog regions,
      RegionEditionReader designations,
      Clock clock) {
    this.lookup = lookup;
    this.eventStore = eventStore;
    this.regions = regions;
    this.designations = designations;
    this.clock = clock;
  }

  /** The rankings of every category of the rubric, by category code. */
  public Map<String, RecordedRanking> compute(String editionId, int editionYear, int rubric) {
    List<SubmissionFold> folds = new ArrayList<>();
    Map<String, Long> versions = new HashMap<>();
    List<RegionSubmission> input = new ArrayList<>();
    for (SubmissionRef ref : lookup.submissions(editionId)) {
      SubmissionFold fold = new SubmissionFold(ref.regionCode());
      DomainEventStream stream = eventStore.readEvents(ref.submissionId());
      long last = -1;
      while (stream.hasNext()) {
        DomainEventMessage<?> message = stream.next();
        if (message.getPayload() instanceof SubmissionEvent event) {
          fold.apply(event);
        }
        last = message.getSequenceNumber();
      }
      if (last < 0) {
        continue;
      }
      folds.add(fold);
      versions.put(ref.submissionId(), last);
      Map<String, InnovationInfo> innovations = lookup.innovationsOf(ref.regionCode());
      input.add(
          ScoringInput.regionSubmission(
              fold,
              regionFacts(ref.regionCode(), editionYear),
              id -> facts(innovations.get(id), id)));
    }
    EditionResult result = new EditionScoring(RubricCatalogue.edition(rubric)).score(input);
    String inputDigest = ScoringInput.digest(input);
    Map<String, Integer> pending = new HashMap<>();
    Map<String, String> streamOf = new HashMap<>();
    for (SubmissionFold fold : folds) {
      pending.put(fold.regionCode(), fold.pendingRows());
    }
    versions.keySet().forEach(id -> streamOf.put(id.substring(0, id.indexOf('@')), id));
    Instant now = Instant.now(clock);
    Map<String, RecordedRanking> rankings = new LinkedHashMap<>();
    for (CategoryRanking category : result.categories()) {
      List<RankingEntry> entries = new ArrayList<>();
      Map<String, Long> streams = new LinkedHashMap<>();
      for (RankedEntry e : category.entries()) {
        var s = e.standing();
        entries.add(
            new RankingEntry(
                e.rank(),
                s.regionCode(),
                s.name(),
                s.iid(),
                s.sid(),
                s.spd(),
                s.predikat(),
                s.submittedAt(),
                pending.getOrDefault(s.regionCode(), 0)));
        String stream = streamOf.get(s.regionCode());
        streams.put(stream, versions.get(stream));
      }
      rankings.put(
          category.category(),
          new RecordedRanking(
              BASIS,
              rubric,
              RubricCatalogue.standard().fingerprint(rubric),
              EngineVersion.CURRENT,
              inputDigest,
              streams,
              now,
              entries));
    }
    return rankings;
  }

  /** The nominees' jury results per category and how they were combined; empty without scores. */
  public record JuryOutcome(String method, Map<String, List<JuryStanding>> byCategory) {
    static final JuryOutcome NONE = new JuryOutcome(null, Map.of());
  }

  /**
   * Scores the jury of the edition (its presentation and field scores, {@link JuryFold}) with the
   * scoring engine's jury method for the nominees of each category, the validated IID taken from
   * {@code standings}. Empty when the jury has given no score.
   */
  public JuryOutcome jury(
      String editionId,
      int editionYear,
      int rubric,
      Map<String, List<String>> nominees,
      Map<String, RecordedRanking> standings) {
    String juryId = EditionIds.jury(editionId);
    if (eventStore.lastSequenceNumberFor(juryId).isEmpty()) {
      return JuryOutcome.NONE;
    }
    JuryFold fold = new JuryFold();
    DomainEventStream stream = eventStore.readEvents(juryId);
    while (stream.hasNext()) {
      if (stream.next().getPayload() instanceof JuryEvent event) {
        fold.apply(event);
      }
    }
    Set<String> nominated = new TreeSet<>();
    nominees.values().forEach(nominated::addAll);
    if (fold.isEmpty() || nominated.isEmpty()) {
      return JuryOutcome.NONE;
    }
    Map<String, Double> iid = new HashMap<>();
    standings
        .values()
        .forEach(r -> r.entries().forEach(e -> iid.put(e.regionCode(), e.iid().doubleValue())));
    Map<String, Region> regions = new LinkedHashMap<>();
    for (String code : nominated) {
      RegionFacts f = regionFacts(code, editionYear);
      regions.put(code, new Region(code, f.name(), null, null, f.border(), f.underdeveloped()));
    }
    JuryConfig config = JuryConfig.DEFAULT;
    JuryResult result =
        new JuryScoring(RubricCatalogue.edition(rubric), config)
            .score(
                regions, fold.jurors(), fold.presentation(nominated), fold.field(nominated), iid);
    Map<String, JuryRegionResult> byRegion = new HashMap<>();
    result.regions().forEach(r -> byRegion.put(r.regionCode(), r));
    Map<String, List<JuryStanding>> byCategory = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> category : nominees.entrySet()) {
      Map<String, BigDecimal> ranks = new HashMap<>();
      result.rankings().stream()
          .filter(r -> r.category().equals(category.getKey()))
          .flatMap(r -> r.entries().stream())
          .filter(e -> category.getValue().contains(e.regionCode()))
          .forEach(e -> ranks.put(e.regionCode(), e.rank()));
      List<JuryStanding> rows = new ArrayList<>();
      for (String code : category.getValue()) {
        JuryRegionResult r = byRegion.get(code);
        if (r != null) {
          rows.add(
              new JuryStanding(
                  code,
                  round(r.presentationRaw()),
                  round(r.presentationNormalised()),
                  round(r.fieldRaw()),
                  round(r.fieldNormalised()),
                  round(r.finalNormalised()),
                  r.complete() ? ranks.get(code) : null,
                  r.complete()));
        }
      }
      rows.sort(
          Comparator.comparing(
              JuryStanding::rank, Comparator.nullsLast(Comparator.naturalOrder())));
      byCategory.put(category.getKey(), rows);
    }
    String method =
        config.method()
            + " presentation "
            + config.presentationWeight()
            + " field "
            + config.fieldWeight()
            + " iid "
            + config.iidWeight();
    return new JuryOutcome(method, byCategory);
  }

  private static BigDecimal round(Double value) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
  }

  private RegionFacts regionFacts(String code, int editionYear) {
    String name = regions.find(code).map(r -> r.name()).orElse(code);
    Optional<RegionEditionReader.Recorded> recorded =
        designations.read(ChangeRegionDesignationCommand.idOf(code, editionYear));
    return new RegionFacts(
        code,
        name,
        member(code, editionYear, RegionDesignation.PERBATASAN, recorded),
        member(code, editionYear, RegionDesignation.TERTINGGAL, recorded));
  }

  private boolean member(
      String code,
      int editionYear,
      RegionDesignation designation,
      Optional<RegionEditionReader.Recorded> recorded) {
    if (recorded.isPresent() && recorded.get().changed().contains(designation)) {
      return recorded.get().members().contains(designation);
    }
    return regions.initialListing(code, designation, editionYear).isPresent();
  }

  private static InnovationFacts facts(InnovationInfo info, String id) {
    if (info == null) {
      return InnovationFacts.unknown(id);
    }
    return new InnovationFacts(
        id,
        info.name(),
        info.mainAffair() == null ? "" : info.mainAffair().label(),
        info.relatedAffairs().stream().map(GovernmentAffair::label).toList());
  }
}
