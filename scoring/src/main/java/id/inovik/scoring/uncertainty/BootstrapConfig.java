package id.inovik.scoring.uncertainty;

/**
 * A seeded bootstrap: the same seed and inputs give the same intervals, bit for bit, whatever the
 * input order.
 *
 * @param replicates resamples drawn (200-2,000 is usual)
 * @param topN the N of "probability of being in the top N of the category"
 */
public record BootstrapConfig(long seed, int replicates, int topN) {
  public static final BootstrapConfig DEFAULT = new BootstrapConfig(20_260_101L, 1_000, 3);

  public BootstrapConfig {
    if (replicates < 20 || replicates > 100_000) {
      throw new IllegalArgumentException("replicates must be between 20 and 100000");
    }
    if (topN < 1) {
      throw new IllegalArgumentException("topN must be at least 1");
    }
  }
}
