package id.inovik.dataset;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.IslandGroup;
import id.inovik.api.region.RegionType;
import id.inovik.scoring.iid.ValidationStatus;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of a generated edition by island group, province, region type, stage, affair and more. */
public record DatasetSummary(
    int edition,
    int regions,
    int innovations,
    Map<IslandGroup, Integer> byIslandGroup,
    Map<String, Integer> byProvince,
    Map<RegionType, Integer> regionsByType,
    Map<InnovationStage, Integer> byStage,
    Map<GovernmentAffair, Integer> byAffair,
    int digital,
    Map<ValidationStatus, Integer> claimsByOutcome) {

  public static DatasetSummary of(GeneratedEdition edition) {
    Map<IslandGroup, Integer> byIsland = new EnumMap<>(IslandGroup.class);
    Map<String, Integer> byProvince = new TreeMap<>();
    Map<RegionType, Integer> byType = new EnumMap<>(RegionType.class);
    Map<InnovationStage, Integer> byStage = new EnumMap<>(InnovationStage.class);
    Map<GovernmentAffair, Integer> byAffair = new EnumMap<>(GovernmentAffair.class);
    Map<ValidationStatus, Integer> outcomes = new EnumMap<>(ValidationStatus.class);
    int digital = 0;
    for (GeneratedRegion region : edition.regions()) {
      byType.merge(region.region().type(), 1, Integer::sum);
      int n = region.innovations().size();
      byIsland.merge(region.region().islandGroup(), n, Integer::sum);
      byProvince.merge(
          region.region().provinceCode() + " " + region.region().provinceName(), n, Integer::sum);
      for (GeneratedInnovation innovation : region.innovations()) {
        byStage.merge(innovation.stage(), 1, Integer::sum);
        byAffair.merge(innovation.profile().mainAffair(), 1, Integer::sum);
        digital += innovation.profile().digital() ? 1 : 0;
        for (GeneratedClaim claim : innovation.claims()) {
          if (claim.option() > 0) {
            outcomes.merge(claim.status(), 1, Integer::sum);
          }
        }
      }
    }
    return new DatasetSummary(
        edition.edition(),
        edition.regions().size(),
        edition.innovationCount(),
        byIsland,
        byProvince,
        byType,
        byStage,
        sortedByCount(byAffair),
        digital,
        outcomes);
  }

  private static <K> Map<K, Integer> sortedByCount(Map<K, Integer> counts) {
    Map<K, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<K, Integer>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** Share of innovations (0-1) from the given island groups. */
  public double share(List<IslandGroup> groups) {
    return groups.stream().mapToInt(g -> byIslandGroup.getOrDefault(g, 0)).sum()
        / (double) innovations;
  }

  /** A plain-text report, one table per dimension. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "IID %d: %,d innovations from %,d regions (%s)%n",
            edition, innovations, regions, regionsByType));
    out.append(String.format("%nBy island group%n"));
    byIslandGroup.forEach((g, n) -> out.append(row(g.label(), n)));
    out.append(String.format("%nBy province%n"));
    byProvince.forEach((p, n) -> out.append(row(p, n)));
    out.append(String.format("%nBy stage (tahapan)%n"));
    byStage.forEach((s, n) -> out.append(row(s.name(), n)));
    out.append(String.format("%nBy main government affair%n"));
    byAffair.forEach((a, n) -> out.append(row(a.label(), n)));
    out.append(
        String.format(
            "%nDigital %,d (%.1f%%), non-digital %,d%n",
            digital, 100.0 * digital / innovations, innovations - digital));
    int claims = claimsByOutcome.values().stream().mapToInt(Integer::intValue).sum();
    out.append(String.format("Claims (filled rows) %,d: ", claims));
    claimsByOutcome.forEach(
        (s, n) -> out.append(String.format("%s %.1f%%  ", s, 100.0 * n / claims)));
    return out.append(System.lineSeparator()).toString();
  }

  private String row(String label, int n) {
    return String.format("  %-52s %,7d  %5.1f%%%n", label, n, 100.0 * n / innovations);
  }
}
