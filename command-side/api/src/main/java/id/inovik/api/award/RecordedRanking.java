package id.inovik.api.award;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ranking of one award category that a decision was taken from, recorded in the decision's
 * event so that it can be audited later: who stood where and on which numbers, and exactly which
 * rules and facts produced them.
 *
 * @param basis what was ranked, e.g. {@code validated-iid} (the IID after validation)
 * @param rubricEdition the scoring catalogue's edition year whose rubric scored the claims
 * @param rubricFingerprint digest of that rubric's data ({@code sha256:...}); a later correction of
 *     the rubric changes it
 * @param engineVersion the scoring arithmetic's version, e.g. {@code iid-engine/1}
 * @param inputDigest digest of the scoring input ({@code sha256:...}) built from the streams below
 * @param streamVersions the version of every submission stream read ({@code 35.07@IGA-2026} → 12):
 *     replaying those streams up to those versions rebuilds the input with the same digest
 * @param computedAt when the ranking was computed
 * @param entries the category's regions, best first
 */
public record RecordedRanking(
    String basis,
    Integer rubricEdition,
    String rubricFingerprint,
    String engineVersion,
    String inputDigest,
    Map<String, Long> streamVersions,
    Instant computedAt,
    List<RankingEntry> entries) {

  public RecordedRanking {
    streamVersions =
        Collections.unmodifiableSortedMap(
            streamVersions == null ? new TreeMap<>() : new TreeMap<>(streamVersions));
    entries = entries == null ? List.of() : List.copyOf(entries);
  }
}
