package id.inovik.query.standings;

import id.inovik.api.award.AwardNomineesDeclaredEvent;
import id.inovik.api.award.AwardWinnersDeclaredEvent;
import id.inovik.api.award.EditionCategory;
import id.inovik.api.award.EditionCreatedEvent;
import id.inovik.api.award.EditionEvent;
import id.inovik.api.award.EditionResultsPublishedEvent;
import id.inovik.api.award.PublishedCategory;
import id.inovik.api.award.RankingEntry;
import id.inovik.api.award.SubmissionEvent;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProfileRevisedEvent;
import id.inovik.api.innovation.InnovationProposedEvent;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionDesignation;
import id.inovik.api.region.RegionDesignationChangedEvent;
import id.inovik.awardscoring.InnovationFacts;
import id.inovik.awardscoring.RegionFacts;
import id.inovik.awardscoring.ScoringInput;
import id.inovik.awardscoring.SubmissionFold;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.PreviousRanks;
import id.inovik.scoring.iid.IidCalculator;
import id.inovik.scoring.iid.RegionResult;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.iid.ScoringInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standings' state, kept in memory and rebuilt from the topics at every start (docs/adr/0019):
 * per edition and region the submission's events in stream order and their {@link SubmissionFold},
 * the region's current {@link RegionResult} (scored by the engine's {@link IidCalculator} alone
 * when one of its events arrives), the edition's rubric and decisions, and the timelines of the
 * facts a score also reads (innovation affairs, region designations).
 *
 * <p>Every fact keeps the instant it was stored at, so {@link #snapshot(String, Instant)} can fold
 * the same events up to any instant: the state a rebuild stopped there would have. Events are
 * applied once (by event id), so a replayed or duplicated record changes nothing.
 */
public final class StandingsLedger {

  private static final Logger log = LoggerFactory.getLogger(StandingsLedger.class);

  /** A value and when it became true. */
  record Timed<T>(Instant at, T value) {}

  /** A submission event with its envelope. */
  record Logged(SubmissionFold.Source source, SubmissionEvent event) {}

  /** What the ledger knows about one edition. */
  static final class EditionState {
    final String editionId;
    String programme;
    int year;
    Integer rubric;
    boolean created;
    List<EditionCategory> categories = List.of();
    EditionResultsPublishedEvent published;
    final Map<String, Timed<List<String>>> nominees = new TreeMap<>();
    final Map<String, Timed<List<String>>> winners = new TreeMap<>();
    final SortedMap<String, RegionState> regions = new TreeMap<>();

    EditionState(String editionId) {
      this.editionId = editionId;
      int dash = editionId.lastIndexOf('-');
      this.programme = dash < 0 ? editionId : editionId.substring(0, dash);
      try {
        this.year = dash < 0 ? 0 : Integer.parseInt(editionId.substring(dash + 1));
      } catch (NumberFormatException e) {
        this.year = 0;
      }
    }
  }

  /** One region's submission to one edition. */
  static final class RegionState {
    final String code;
    final List<Logged> events = new ArrayList<>();
    SubmissionFold fold;
    RegionResult result;

    RegionState(String code) {
      this.code = code;
      this.fold = new SubmissionFold(code);
    }
  }

  private final RegionCatalog regions;
  private final Set<String> seen = new HashSet<>();
  private final SortedMap<String, EditionState> editions = new TreeMap<>();
  private final Map<String, List<Timed<InnovationFacts>>> innovations = new HashMap<>();
  private final Map<String, List<Timed<Boolean>>> designations = new HashMap<>();
  private final Set<String> dirty = new TreeSet<>();
  private final Map<Integer, IidCalculator> calculators = new ConcurrentHashMap<>();
  private long applied;

  public StandingsLedger(RegionCatalog regions) {
    this.regions = regions;
  }

  /**
   * Applies one record; returns false when it was applied before (same event id) or does not
   * concern the standings.
   */
  public synchronized boolean apply(AwardRecord record) {
    if (!seen.add(record.eventId())) {
      return false;
    }
    applied++;
    switch (record.event()) {
      case SubmissionEvent e -> submission(record, e);
      case EditionEvent e -> edition(record, e);
      case RegionDesignationChangedEvent e -> designation(record, e);
      case InnovationProposedEvent e -> innovation(record, e.innovationId(), e.profile());
      case InnovationProfileRevisedEvent e -> innovation(record, e.innovationId(), e.profile());
      default -> {
        return false;
      }
    }
    return true;
  }

  private void submission(AwardRecord record, SubmissionEvent event) {
    EditionState edition = editions.computeIfAbsent(event.editionId(), EditionState::new);
    RegionState region = edition.regions.computeIfAbsent(event.regionCode(), RegionState::new);
    Logged logged =
        new Logged(new SubmissionFold.Source(record.eventId(), record.storedAt()), event);
    try {
      region.fold.apply(event, logged.source());
    } catch (RuntimeException e) {
      // a stream the aggregate could not have written (e.g. a decision on an unclaimed row): keep
      // the fold as it was, without this event, and say so to the caller (StandingsFailures)
      region.fold = fold(region.code, region.events, null);
      throw new UnappliedEventException(
          record.type()
              + " "
              + record.eventId()
              + " of "
              + event.submissionId()
              + ": "
              + e.getMessage(),
          e);
    }
    region.events.add(logged);
    dirty.add(key(edition.editionId, region.code));
  }

  private void edition(AwardRecord record, EditionEvent event) {
    EditionState edition = editions.computeIfAbsent(event.editionId(), EditionState::new);
    edition.programme = event.programme();
    edition.year = event.year();
    switch (event) {
      case EditionCreatedEvent e -> {
        edition.created = true;
        edition.rubric = e.rubricEdition();
        edition.categories = e.categories() == null ? List.of() : List.copyOf(e.categories());
        edition.regions.keySet().forEach(code -> dirty.add(key(edition.editionId, code)));
      }
      case AwardNomineesDeclaredEvent e ->
          edition.nominees.put(
              e.category(), new Timed<>(record.storedAt(), List.copyOf(e.regionCodes())));
      case AwardWinnersDeclaredEvent e ->
          edition.winners.put(
              e.category(), new Timed<>(record.storedAt(), List.copyOf(e.regionCodes())));
      case EditionResultsPublishedEvent e -> edition.published = e;
      default -> {
        // stage openings and closings do not change a score
      }
    }
  }

  private void designation(AwardRecord record, RegionDesignationChangedEvent e) {
    designations
        .computeIfAbsent(
            designationKey(e.regionCode(), e.edition(), e.designation()), k -> new ArrayList<>())
        .add(new Timed<>(record.storedAt(), e.member()));
    for (EditionState edition : editions.values()) {
      if (edition.year == e.edition() && edition.regions.containsKey(e.regionCode())) {
        dirty.add(key(edition.editionId, e.regionCode()));
      }
    }
  }

  private void innovation(AwardRecord record, String innovationId, InnovationProfile profile) {
    if (profile == null) {
      return;
    }
    InnovationFacts facts =
        new InnovationFacts(
            innovationId,
            profile.name(),
            profile.mainAffair() == null ? "" : profile.mainAffair().label(),
            profile.relatedAffairs().stream().map(GovernmentAffair::label).toList());
    List<Timed<InnovationFacts>> timeline =
        innovations.computeIfAbsent(innovationId, k -> new ArrayList<>());
    if (!timeline.isEmpty() && timeline.getLast().value().equals(facts)) {
      return;
    }
    timeline.add(new Timed<>(record.storedAt(), facts));
    for (EditionState edition : editions.values()) {
      RegionState region = edition.regions.get(profile.regionCode());
      if (region != null && region.fold.innovations().containsKey(innovationId)) {
        dirty.add(key(edition.editionId, region.code));
      }
    }
  }

  /**
   * Re-scores every region changed since the last {@link #markWritten} (one region per change, not
   * the edition) and returns their standings. Regions of an edition whose rubric is not known yet
   * (its creation event not read yet, or a jury-only programme) wait.
   */
  public synchronized List<RegionStanding> changed() {
    List<RegionStanding> out = new ArrayList<>();
    for (String k : dirty) {
      int bar = k.indexOf('|');
      EditionState edition = editions.get(k.substring(0, bar));
      if (edition == null || edition.rubric == null) {
        continue;
      }
      RegionState region = edition.regions.get(k.substring(bar + 1));
      Edition rubric = RubricCatalogue.edition(edition.rubric);
      RegionSubmission submission =
          ScoringInput.regionSubmission(
              region.fold, regionFacts(region.code, edition.year, null), id -> facts(id, null));
      try {
        region.result =
            calculators
                .computeIfAbsent(edition.rubric, y -> new IidCalculator(rubric))
                .score(submission);
      } catch (ScoringInputException e) {
        log.warn("Region {} of {} cannot be scored: {}", region.code, edition.editionId, e);
        continue;
      }
      out.add(standing(edition, region, rubric, submission));
    }
    return out;
  }

  /** The regions {@link #changed()} returned are stored; they are clean until their next event. */
  public synchronized void markWritten(Collection<RegionStanding> written) {
    written.forEach(s -> dirty.remove(key(s.editionId(), s.regionCode())));
  }

  /** The ids of every edition seen. */
  public synchronized List<String> editionIds() {
    return List.copyOf(editions.keySet());
  }

  /** How many distinct events were applied. */
  public synchronized long applied() {
    return applied;
  }

  private RegionStanding standing(
      EditionState edition, RegionState region, Edition rubric, RegionSubmission submission) {
    Logged last = region.events.getLast();
    return new RegionStanding(
        edition.editionId,
        edition.programme,
        edition.year,
        edition.rubric,
        regions.find(region.code).orElse(null),
        region.result,
        submission.submittedAt(),
        rubric.categoriesOf(region.result.region()).stream().map(c -> c.code()).toList(),
        region.fold.pendingRows(),
        region.events.size(),
        last.source().eventId(),
        last.source().storedAt());
  }

  /** An edition as the ledger knows it, or empty. */
  public synchronized Optional<EditionInfo> edition(String editionId) {
    EditionState e = editions.get(editionId);
    if (e == null) {
      return Optional.empty();
    }
    return Optional.of(info(e, null));
  }

  private static EditionInfo info(EditionState e, Instant asOf) {
    Map<String, List<String>> nominees = new LinkedHashMap<>();
    e.nominees.forEach(
        (c, t) -> {
          if (asOf == null || !t.at().isAfter(asOf)) {
            nominees.put(c, t.value());
          }
        });
    Map<String, List<String>> winners = new LinkedHashMap<>();
    e.winners.forEach(
        (c, t) -> {
          if (asOf == null || !t.at().isAfter(asOf)) {
            winners.put(c, t.value());
          }
        });
    EditionResultsPublishedEvent published =
        e.published == null || (asOf != null && e.published.publishedAt().isAfter(asOf))
            ? null
            : e.published;
    return new EditionInfo(
        e.editionId,
        e.programme,
        e.year,
        e.rubric,
        e.created,
        e.categories,
        nominees,
        winners,
        published);
  }

  /**
   * The edition's submissions as the engine reads them, with each row's events: the live state
   * ({@code asOf} null), or every stream folded up to and including {@code asOf} with the
   * innovations' affairs and the regions' designations as they were then. Regions with no event by
   * then are absent.
   */
  public synchronized Optional<Snapshot> snapshot(String editionId, Instant asOf) {
    EditionState edition = editions.get(editionId);
    if (edition == null || edition.rubric == null) {
      return Optional.empty();
    }
    List<Snapshot.Entry> entries = new ArrayList<>();
    for (RegionState region : edition.regions.values()) {
      SubmissionFold fold = asOf == null ? region.fold : fold(region.code, region.events, asOf);
      if (fold.events() == 0) {
        continue;
      }
      RegionSubmission submission =
          ScoringInput.regionSubmission(
              fold, regionFacts(region.code, edition.year, asOf), id -> facts(id, asOf));
      entries.add(
          new Snapshot.Entry(
              submission,
              new TreeMap<>(fold.spd()),
              copy(fold.innovations()),
              fold.pendingRows(),
              regions.find(region.code).orElse(null)));
    }
    return Optional.of(new Snapshot(info(edition, asOf), asOf, entries, previousRanks(edition)));
  }

  /** Every region's live result of an edition that has been scored, by region code. */
  public synchronized Map<String, RegionResult> liveResults(String editionId) {
    EditionState edition = editions.get(editionId);
    Map<String, RegionResult> out = new TreeMap<>();
    if (edition != null) {
      edition.regions.forEach(
          (code, r) -> {
            if (r.result != null) {
              out.put(code, r.result);
            }
          });
    }
    return out;
  }

  /**
   * Ranks of the programme's previous edition as its results were published, for movement; none
   * when they were not published.
   */
  private PreviousRanks previousRanks(EditionState edition) {
    EditionState previous = editions.get(edition.programme + "-" + (edition.year - 1));
    if (previous == null || previous.published == null) {
      return PreviousRanks.NONE;
    }
    Map<String, Map<String, BigDecimal>> ranks = new HashMap<>();
    for (PublishedCategory c : previous.published.categories()) {
      Map<String, BigDecimal> byRegion = new HashMap<>();
      if (c.standings() != null) {
        for (RankingEntry entry : c.standings().entries()) {
          byRegion.put(entry.regionCode(), entry.rank());
        }
      }
      ranks.put(c.code(), byRegion);
    }
    return new PreviousRanks(ranks);
  }

  /** Previous ranks of an edition (see {@link #previousRanks(EditionState)}). */
  public synchronized PreviousRanks previousRanks(String editionId) {
    EditionState edition = editions.get(editionId);
    return edition == null ? PreviousRanks.NONE : previousRanks(edition);
  }

  private static SortedMap<String, SortedMap<String, SubmissionFold.Row>> copy(
      SortedMap<String, SortedMap<String, SubmissionFold.Row>> rows) {
    SortedMap<String, SortedMap<String, SubmissionFold.Row>> out = new TreeMap<>();
    rows.forEach((id, r) -> out.put(id, new TreeMap<>(r)));
    return out;
  }

  private static SubmissionFold fold(String code, List<Logged> events, Instant asOf) {
    SubmissionFold fold = new SubmissionFold(code);
    for (Logged logged : events) {
      if (asOf != null && logged.source().storedAt().isAfter(asOf)) {
        break;
      }
      fold.apply(logged.event(), logged.source());
    }
    return fold;
  }

  private RegionFacts regionFacts(String code, int year, Instant asOf) {
    String name = regions.find(code).map(r -> r.name()).orElse(code);
    return new RegionFacts(
        code,
        name,
        member(code, year, RegionDesignation.PERBATASAN, asOf),
        member(code, year, RegionDesignation.TERTINGGAL, asOf));
  }

  /** The latest recorded change by then decides; without one, the catalogue's initial list. */
  private boolean member(String code, int year, RegionDesignation designation, Instant asOf) {
    List<Timed<Boolean>> changes = designations.get(designationKey(code, year, designation));
    Timed<Boolean> latest = latest(changes, asOf);
    if (latest != null) {
      return latest.value();
    }
    return regions.initialListing(code, designation, year).isPresent();
  }

  private InnovationFacts facts(String id, Instant asOf) {
    Timed<InnovationFacts> latest = latest(innovations.get(id), asOf);
    return latest == null ? InnovationFacts.unknown(id) : latest.value();
  }

  private static <T> Timed<T> latest(List<Timed<T>> timeline, Instant asOf) {
    if (timeline == null) {
      return null;
    }
    Timed<T> latest = null;
    for (Timed<T> t : timeline) {
      if (asOf != null && t.at().isAfter(asOf)) {
        continue;
      }
      latest = t;
    }
    return latest;
  }

  private static String key(String editionId, String regionCode) {
    return editionId + "|" + regionCode;
  }

  private static String designationKey(String code, int year, RegionDesignation designation) {
    return code + "|" + year + "|" + designation;
  }

  /** An event the ledger could not apply; the ledger is as it was before the event. */
  public static final class UnappliedEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnappliedEventException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
