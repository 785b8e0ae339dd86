package id.inovik.command.award;

import id.inovik.api.award.AwardStage;
import id.inovik.api.award.CreateEditionCommand;
import id.inovik.api.award.EditionCategory;
import id.inovik.api.award.EditionCreatedEvent;
import id.inovik.api.award.StageSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

  public static EditionCreatedEvent created() {
    return new EditionCreatedEvent(
        EDITION, "IGA", 2026, 2026, categories(), schedule(), NOW, null, null);
  }
}
