package id.inovik.command.award.edition;

import id.inovik.api.award.AwardStage;
import id.inovik.api.award.CreateEditionCommand;
import id.inovik.api.award.EditionCategory;
import id.inovik.api.award.EditionIds;
import id.inovik.api.award.Programme;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.api.award.StageSchedule;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.scoring.catalogue.RubricCatalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a new edition must satisfy. Shared by the REST layer (so that one answer lists every bad
 * field, with the ones only it can see) and the aggregate.
 */
public final class EditionRules {

  public static final int FIRST_YEAR = 2017;
  public static final int LAST_YEAR = 2100;
  private static final Pattern CATEGORY_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  private EditionRules() {}

  /**
   * The rubric edition the command asks for, or for an IID programme without one, the edition year.
   */
  public static Integer rubricEdition(CreateEditionCommand c, Programme programme) {
    if (programme.scoring() == Programme.Scoring.IID && c.rubricEdition() == null) {
      return c.year();
    }
    return c.rubricEdition();
  }

  /**
   * The categories the command gives, or for an IID programme without any, the rubric edition's.
   */
  public static List<EditionCategory> categories(CreateEditionCommand c, Programme programme) {
    List<EditionCategory> given = c.categories() == null ? List.of() : c.categories();
    Integer rubric = rubricEdition(c, programme);
    if (given.isEmpty()
        && programme.scoring() == Programme.Scoring.IID
        && rubric != null
        && RubricCatalogue.SHIPPED_EDITIONS.contains(rubric)) {
      return RubricCatalogue.edition(rubric).awardCategories().stream()
          .map(a -> new EditionCategory(a.code(), a.label()))
          .toList();
    }
    return given.stream()
        .map(
            e ->
                e == null
                    ? null
                    : new EditionCategory(
                        strip(e.code()), strip(e.label()), e.nominees(), e.winners()))
        .toList();
  }

  /** Every rule a new edition breaks. */
  public static List<FieldViolation> check(CreateEditionCommand c, ProgrammeCatalog programmes) {
    List<FieldViolation> v = new ArrayList<>();
    Optional<Programme> found = programmes.find(c.programme());
    if (found.isEmpty()) {
      v.add(new FieldViolation("programme", "must be one of " + programmes.codes()));
    }
    if (c.year() < FIRST_YEAR || c.year() > LAST_YEAR) {
      v.add(new FieldViolation("year", "must be from " + FIRST_YEAR + " to " + LAST_YEAR));
    }
    if (found.isEmpty()) {
      return v;
    }
    Programme programme = found.get();
    if (!EditionIds.edition(programme.code(), c.year()).equals(c.editionId())) {
      v.add(new FieldViolation("editionId", "does not match the programme and year"));
    }
    Integer rubric = rubricEdition(c, programme);
    if (programme.scoring() == Programme.Scoring.IID) {
      if (!RubricCatalogue.SHIPPED_EDITIONS.contains(rubric)) {
        v.add(
            new FieldViolation(
                "rubricEdition",
                "has no IID rubric in the scoring catalogue: "
                    + rubric
                    + "; known: "
                    + RubricCatalogue.SHIPPED_EDITIONS));
      }
    } else if (rubric != null) {
      v.add(
          new FieldViolation(
              "rubricEdition", "must be empty: " + programme.code() + " is scored by a jury only"));
    }
    checkCategories(v, categories(c, programme));
    checkSchedule(v, c.schedule(), programme);
    return v;
  }

  private static void checkCategories(List<FieldViolation> v, List<EditionCategory> categories) {
    if (categories.isEmpty()) {
      v.add(new FieldViolation("categories", "at least one award category is required"));
    }
    if (categories.size() > 30) {
      v.add(new FieldViolation("categories", "at most 30 categories"));
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      EditionCategory c = categories.get(i);
      String at = "categories[" + i + "]";
      if (c == null) {
        v.add(new FieldViolation(at, "is required"));
        continue;
      }
      if (c.code() == null || !CATEGORY_CODE.matcher(c.code()).matches()) {
        v.add(
            new FieldViolation(
                at + ".code", "must be 1-40 lower-case letters, digits or '-', e.g. kabupaten"));
      } else if (!codes.add(c.code())) {
        v.add(new FieldViolation(at + ".code", "repeats category " + c.code()));
      }
      if (c.label() == null || c.label().isBlank() || c.label().length() > 200) {
        v.add(new FieldViolation(at + ".label", "is required (at most 200 characters)"));
      }
      if (c.nominees() != null && (c.nominees() < 1 || c.nominees() > 1000)) {
        v.add(new FieldViolation(at + ".nominees", "must be from 1 to 1000 when given"));
      }
      if (c.winners() != null && (c.winners() < 1 || c.winners() > 1000)) {
        v.add(new FieldViolation(at + ".winners", "must be from 1 to 1000 when given"));
      } else if (c.winners() != null && c.nominees() != null && c.winners() > c.nominees()) {
        v.add(
            new FieldViolation(
                at + ".winners", "must not exceed the category's " + c.nominees() + " nominees"));
      }
    }
  }

  /**
   * Every rule a whole schedule breaks (each stage once, dates in order, no stage opening before
   * the one before closes), with fields named {@code schedule.<stage>.opensOn}.
   */
  public static List<FieldViolation> scheduleViolations(
      List<StageSchedule> schedule, Programme programme) {
    List<FieldViolation> v = new ArrayList<>();
    checkSchedule(v, schedule, programme);
    return v;
  }

  private static void checkSchedule(
      List<FieldViolation> v, List<StageSchedule> schedule, Programme programme) {
    List<StageSchedule> given = schedule == null ? List.of() : schedule;
    StageSchedule previous = null;
    for (AwardStage stage : programme.stages()) {
      String at = "schedule." + stage.slug();
      List<StageSchedule> matching =
          given.stream().filter(s -> s != null && s.stage() == stage).toList();
      if (matching.isEmpty()) {
        v.add(
            new FieldViolation(
                at, "is required: every stage of " + programme.code() + " needs its dates"));
        continue;
      }
      if (matching.size() > 1) {
        v.add(new FieldViolation(at, "is given more than once"));
      }
      StageSchedule s = matching.getFirst();
      boolean complete = true;
      if (s.opensOn() == null) {
        v.add(new FieldViolation(at + ".opensOn", "is required"));
        complete = false;
      }
      if (s.closesOn() == null) {
        v.add(new FieldViolation(at + ".closesOn", "is required"));
        complete = false;
      }
      if (!complete) {
        continue;
      }
      if (s.closesOn().isBefore(s.opensOn())) {
        v.add(
            new FieldViolation(
                at + ".closesOn", "must not be before opensOn (" + s.opensOn() + ")"));
      }
      if (previous != null && s.opensOn().isBefore(previous.closesOn())) {
        v.add(
            new FieldViolation(
                at + ".opensOn",
                "must not be before "
                    + previous.stage().slug()
                    + " closes ("
                    + previous.closesOn()
                    + ")"));
      }
      previous = s;
    }
    for (StageSchedule s : given) {
      if (s == null || s.stage() == null) {
        v.add(new FieldViolation("schedule", "names a stage that is not known"));
      } else if (!programme.stages().contains(s.stage())) {
        v.add(
            new FieldViolation(
                "schedule." + s.stage().slug(), "is not a stage of " + programme.code()));
      }
    }
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
