package id.inovik.dataset;

import java.util.List;

/** One generated edition: the reporting regions, in region-code order. */
public record GeneratedEdition(int edition, List<GeneratedRegion> regions) {
  public int innovationCount() {
    return regions.stream().mapToInt(r -> r.innovations().size()).sum();
  }
}
