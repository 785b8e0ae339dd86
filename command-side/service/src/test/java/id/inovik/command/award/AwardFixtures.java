package id.inovik.command.award;

import id.inovik.api.award.AwardStage;
import id.inovik.api.award.CreateEditionCommand;
import id.inovik.api.award.EditionCategory;
import id.inovik.api.award.EditionCreatedEvent;
import id.inovik.api.award.RankingEntry;
import id.inovik.api.award.RecordedRanking;
import id.inovik.api.award.StageSchedule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An IGA 2026 edition as the tests use it (dates of the 2025 cycle moved a year on). */
public final class AwardFixtures {

  public static final String EDITION = "IGA-2026";
  public static final Instant NOW = Instant.parse("2026-06-20T01:00:00Z");

  private AwardFixtures() {}

  public static List<StageSchedule> schedule() {
    return List.of(
        new StageSchedule(
            AwardStage.PENJARINGAN, LocalDate.of(2026, 6, 20), LocalDate.of(2026, 8, 23)),
        new StageSchedule(
            AwardStage.PENGUKURAN, LocalDate.of(2026, 8, 24), LocalDate.of(2026, 10, 18)),
        new StageSchedule(
            AwardStage.PRESENTASI, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 6)),
        new StageSchedule(
            AwardStage.VALIDASI_LAPANGAN, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 25)),
        new StageSchedule(AwardStage.PLENO, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)));
  }

  public static CreateEditionCommand create() {
    return new CreateEditionCommand(EDITION, "IGA", 2026, 2026, List.of(), schedule(), null, null);
  }

  /** The categories of the 2026 rubric (scoring catalogue). */
  public static List<EditionCategory> categories() {
    return id.inovik.scoring.catalogue.RubricCatalogue.edition(2026).awardCategories().stream()
        .map(c -> new EditionCategory(c.code(), c.label()))
        .toList();
  }

  /**
   * The 2023 nominee and winner numbers (docs/domain/awards.md: 9/21/13/5/5 nominees, 7/16/10/5/4
   * winners).
   */
  public static EditionCreatedEvent createdWithSizes() {
    Map<String, int[]> sizes =
        Map.of(
            "provinsi", new int[] {9, 7},
            "kabupaten", new int[] {21, 16},
            "kota", new int[] {13, 10},
            "tertinggal", new int[] {5, 5},
            "perbatasan", new int[] {5, 4});
    List<EditionCategory> categories =
        categories().stream()
            .map(
                c -> {
                  int[] n = sizes.get(c.code());
                  return n == null ? c : new EditionCategory(c.code(), c.label(), n[0], n[1]);
                })
            .toList();
    return new EditionCreatedEvent(
        EDITION, "IGA", 2026, 2026, categories, schedule(), NOW, null, null);
  }

  /** A ranking of the category {@code kota} as a nominee decision records it. */
  public static RecordedRanking ranking() {
    return new RecordedRanking(
        "validated-iid",
        2026,
        "sha256:" + "ab".repeat(32),
        "iid-engine/1",
        "sha256:" + "cd".repeat(32),
        Map.of("35.79@IGA-2026", 14L, "73.71@IGA-2026", 9L),
        Instant.parse("2026-10-18T02:59:00Z"),
        List.of(
            new RankingEntry(
                BigDecimal.ONE,
                "73.71",
                "Kota Makassar",
                new BigDecimal("71.25"),
                new BigDecimal("80.50"),
                new BigDecimal("57.38"),
                "Sangat Inovatif",
                Instant.parse("2026-08-22T10:00:00Z"),
                0),
            new RankingEntry(
                BigDecimal.TWO,
                "35.79",
                "Kota Batu",
                new BigDecimal("64.10"),
                new BigDecimal("70.00"),
                new BigDecimal("55.25"),
                "Inovatif",
                Instant.parse("2026-08-20T09:30:00Z"),
                3)));
  }

  public static EditionCreatedEvent created() {
    return new EditionCreatedEvent(
        EDITION, "IGA", 2026, 2026, categories(), schedule(), NOW, null, null);
  }
}
