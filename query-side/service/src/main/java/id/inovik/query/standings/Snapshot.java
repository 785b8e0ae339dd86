package id.inovik.query.standings;

import id.inovik.api.region.Region;
import id.inovik.awardscoring.SubmissionFold;
import id.inovik.scoring.edition.PreviousRanks;
import id.inovik.scoring.iid.RegionSubmission;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * An edition's submissions at one instant (or live when {@code asOf} is null), as the engine reads
 * them, with every row's claim and decisions (and the events they came from).
 */
public record Snapshot(
    EditionInfo edition, Instant asOf, List<Entry> entries, PreviousRanks previous) {

  /** One region: the engine's input and the folded rows behind it. */
  public record Entry(
      RegionSubmission submission,
      SortedMap<String, SubmissionFold.Row> spd,
      SortedMap<String, SortedMap<String, SubmissionFold.Row>> innovations,
      int pendingRows,
      Region region) {}

  public List<RegionSubmission> submissions() {
    return entries.stream().map(Entry::submission).toList();
  }

  public Optional<Entry> entry(String regionCode) {
    return entries.stream()
        .filter(e -> e.submission().region().code().equals(regionCode))
        .findFirst();
  }
}
