package id.inovik.scoring.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Coverage rule for the innovation-count score (from 2026): at least {@code minimumCovered} of the
 * basic-service affairs must be covered by the region's innovations, or the whole count score is 0.
 */
public record BasicServiceRule(
    int minimumCovered, List<BasicServiceAffair> affairs, Provenance provenance) {
  public BasicServiceRule {
    affairs = List.copyOf(affairs);
    if (affairs.size() > Integer.SIZE - 1) {
      throw new IllegalArgumentException("too many basic-service affairs");
    }
  }

  /** Index of the affair a submission's affair name denotes, if it is a basic service. */
  public Optional<Integer> indexOf(String affair) {
    for (int i = 0; i < affairs.size(); i++) {
      if (affairs.get(i).matches(affair)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Bit mask (bit i = affair i) of the basic services among the given affair names. */
  public int mask(Collection<String> affairNames) {
    int mask = 0;
    for (String name : affairNames) {
      Optional<Integer> index = indexOf(name);
      if (index.isPresent()) {
        mask |= 1 << index.get();
      }
    }
    return mask;
  }

  public boolean isMet(int coveredMask) {
    return Integer.bitCount(coveredMask) >= minimumCovered;
  }
}
