package id.inovik.dataset;

import java.util.List;
import java.util.Optional;

/**
 * The published size of one IID edition (docs/domain/volumes.md#by-year): how many regional
 * governments reported and how many innovations they reported.
 *
 * @param source where the figures come from (codes defined in docs/sources.md)
 */
public record EditionVolume(int edition, int reportingRegions, int innovations, String source) {

  /** Editions 2018-2025 as published. */
  public static final List<EditionVolume> PUBLISHED =
      List.of(
          new EditionVolume(2018, 188, 3_718, "S53, S49b"),
          new EditionVolume(2019, 260, 8_016, "S53"),
          new EditionVolume(2020, 485, 17_779, "S53"),
          new EditionVolume(2021, 519, 25_124, "S53"),
          new EditionVolume(2022, 510, 26_900, "S35b"),
          new EditionVolume(2023, 527, 28_539, "S14"),
          new EditionVolume(2024, 529, 31_719, "S15, S32"),
          new EditionVolume(2025, 531, 36_742, "S37, S12"));

  public static Optional<EditionVolume> of(int edition) {
    return PUBLISHED.stream().filter(v -> v.edition() == edition).findFirst();
  }

  public static EditionVolume require(int edition) {
    return of(edition)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no published volume for edition "
                        + edition
                        + "; known: "
                        + PUBLISHED.stream().map(EditionVolume::edition).toList()));
  }
}
