package id.inovik.scoring.uncertainty;

import java.util.List;

/**
 * Rank uncertainty of an edition.
 *
 * @param over what was resampled: {@code innovations} (each region's innovations, with replacement)
 *     or {@code jurors} (the panel, with replacement)
 */
public record UncertaintyResult(
    String over, BootstrapConfig config, List<CategoryUncertainty> categories) {}
