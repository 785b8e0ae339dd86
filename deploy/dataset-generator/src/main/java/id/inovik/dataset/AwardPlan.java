package id.inovik.dataset;

import id.inovik.api.innovation.InnovationForm;
import id.inovik.scoring.catalogue.AwardCategory;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.JuryCriterion;
import id.inovik.scoring.catalogue.JuryRubric;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.iid.ValidationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the generator decides in an award edition besides the claims and the verifier's decisions
 * (which come with the generated claims): the edition's categories and schedule, quality control's
 * sample, the jury (jurors with home provinces, assignments, the attempts that break the
 * conflict-of-interest rule, presentation and field scores), winners and the decree; for a KIPP
 * edition its proposals and jury scores. Pure and deterministic: the same seed, nominees and
 * proposals give the same plan.
 *
 * <p>The shares below are our assumptions [I] unless a source is named.
 */
public final class AwardPlan {

  /** How far the generator takes an IGA edition. */
  public enum Until {
    /** Claims in, the collection still open. */
    PENJARINGAN,
    /** Claims, the verifier's decisions, quality control's sample and the nominees. */
    PENGUKURAN,
    /**
     * The above, the jurors, their assignments (with refused conflicts) and presentation scores.
     */
    PRESENTASI,
    /** The whole cycle: field scores, winners in the plenary and the results published. */
    PUBLISHED;

    public static Until parse(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  /**
   * Share of the verifier's decisions quality control reviews [I]: the 2025 measurement had two
   * universities re-checking each other's work (docs/domain/lifecycle.md#award-cycle); how much of
   * it they re-checked is not published.
   */
  static final double QUALITY_CONTROL_SAMPLE = 0.10;

  /** Share of the reviewed decisions quality control overrides rather than confirms [I]. */
  static final double QUALITY_CONTROL_OVERRIDE = 0.20;

  /** Nominees per category (the {@code top} asked for) and winners per category [I]. */
  public static final int NOMINEES_PER_CATEGORY = 5;

  public static final int WINNERS_PER_CATEGORY = 3;

  /** Jurors who score each IGA nominee (presentation and field) [I]. */
  static final int JURORS_PER_ENTRY = 3;

  /**
   * Jurors who score each KIPP proposal [I]: fewer than the IGA's, as a KIPP panel reads far more
   * proposals (and every score is a command on the one jury aggregate, which keeps the demo quick).
   */
  static final int KIPP_JURORS_PER_ENTRY = 2;

  /** Assignments attempted against the conflict-of-interest rule, so the demo shows refusals. */
  static final int CONFLICT_ATTEMPTS = 2;

  /**
   * An edition's jurors: fictional names, real provinces (Jawa Timur's juror meets its regions).
   */
  static final List<Juror> IGA_JURORS =
      List.of(
          new Juror("juri-01", "Prof. Dr. Siti Rahmawati, M.Si.", "31"),
          new Juror("juri-02", "Dr. Bambang Hartono", "35"),
          new Juror("juri-03", "Dr. Andi Makkasau, M.P.A.", "73"),
          new Juror("juri-04", "Dr. Ni Luh Putu Ariani", "51"),
          new Juror("juri-05", "Ir. Hendra Siregar, M.T.", "12"),
          new Juror("juri-06", "Dr. Maria Kambu, M.Kes.", "91"));

  static final List<Juror> KIPP_JURORS =
      List.of(
          new Juror("panel-01", "Prof. Dr. Eko Prasojo (tim panel independen)", "32"),
          new Juror("panel-02", "Dr. Yuliana Tanod", "71"),
          new Juror("panel-03", "Dr. Rahmat Hidayat", "13"),
          new Juror("panel-04", "Dra. Wayan Sumerti, M.Si.", "51"));

  /** A juror as registered. */
  public record Juror(String id, String name, String provinceCode) {}

  /** One stage's planned dates. */
  public record Dates(LocalDate opensOn, LocalDate closesOn) {}

  /** A category as created: code, label and how many nominees and winners it takes. */
  public record Category(String code, String label, int nominees, int winners) {}

  /** Quality control's review of one verifier decision. */
  public record Review(
      String innovationKey, String indicator, String outcome, Integer option, String note) {}

  /** One juror's attempt on one entry; {@code conflict} when the rule must refuse it. */
  public record Assignment(String juror, String entry, boolean conflict) {}

  /** One juror's criterion scores for one entry. */
  public record Scores(String juror, String entry, Map<String, Integer> scores) {}

  /** One juror's field score for one entry. */
  public record FieldScore(String juror, String entry, int score) {}

  private final long seed;

  public AwardPlan(long seed) {
    this.seed = seed;
  }

  /** The IGA schedule around {@code today}: the collection open now, the other stages after it. */
  public static Map<String, Dates> igaSchedule(LocalDate today) {
    Map<String, Dates> s = new LinkedHashMap<>();
    s.put("penjaringan", new Dates(today.minusDays(30), today.plusDays(34)));
    s.put("pengukuran", new Dates(today.plusDays(35), today.plusDays(90)));
    s.put("presentasi", new Dates(today.plusDays(105), today.plusDays(107)));
    s.put("validasi-lapangan", new Dates(today.plusDays(110), today.plusDays(125)));
    s.put("pleno", new Dates(today.plusDays(131), today.plusDays(131)));
    return s;
  }

  /** The KIPP schedule around {@code today}. */
  public static Map<String, Dates> kippSchedule(LocalDate today) {
    Map<String, Dates> s = new LinkedHashMap<>();
    s.put("penjaringan", new Dates(today.minusDays(20), today.plusDays(40)));
    s.put("evaluasi-proposal", new Dates(today.plusDays(41), today.plusDays(100)));
    s.put("presentasi", new Dates(today.plusDays(110), today.plusDays(125)));
    s.put("pleno", new Dates(today.plusDays(140), today.plusDays(140)));
    return s;
  }

  /** The rubric's award categories, each taking {@link #NOMINEES_PER_CATEGORY} nominees. */
  public static List<Category> categories(Edition rubric) {
    List<Category> categories = new ArrayList<>();
    for (AwardCategory c : rubric.awardCategories()) {
      categories.add(
          new Category(c.code(), c.label(), NOMINEES_PER_CATEGORY, WINNERS_PER_CATEGORY));
    }
    return categories;
  }

  /**
   * Quality control's sample of one region's verifier decisions: {@link #QUALITY_CONTROL_SAMPLE} of
   * its claimed rows, of which {@link #QUALITY_CONTROL_OVERRIDE} are overridden (a zeroed or
   * downgraded row restored to its claim, an accepted one downgraded), the rest confirmed.
   */
  public List<Review> qualityControl(GeneratedRegion region) {
    SplittableRandom random = stream("qc/" + region.region().code());
    List<Review> reviews = new ArrayList<>();
    review(reviews, null, region.spd(), random);
    for (GeneratedInnovation innovation : region.innovations()) {
      if (ScoringExport.competes(innovation)) {
        review(reviews, innovation.key(), innovation.claims(), random);
      }
    }
    return reviews;
  }

  private static void review(
      List<Review> reviews, String key, List<GeneratedClaim> claims, SplittableRandom random) {
    for (GeneratedClaim claim : claims) {
      if (claim.option() == 0 || random.nextDouble() >= QUALITY_CONTROL_SAMPLE) {
        continue;
      }
      if (random.nextDouble() >= QUALITY_CONTROL_OVERRIDE) {
        reviews.add(new Review(key, claim.code(), "CONFIRMED", null, null));
      } else if (claim.status() != ValidationStatus.ACCEPTED) {
        reviews.add(
            new Review(
                key,
                claim.code(),
                "ACCEPTED",
                claim.option(),
                "tim mutu: bukti dukung memadai untuk opsi yang diklaim"));
      } else if (claim.option() > 1) {
        reviews.add(
            new Review(
                key,
                claim.code(),
                "DOWNGRADED",
                claim.option() - 1,
                "tim mutu: bukti hanya mendukung parameter lebih rendah"));
      } else {
        reviews.add(new Review(key, claim.code(), "CONFIRMED", null, null));
      }
    }
  }

  /**
   * The jury's assignments for the nominees ({@code entries} region codes, in order): every entry
   * gets {@link #JURORS_PER_ENTRY} jurors from other provinces, and first the first {@link
   * #CONFLICT_ATTEMPTS} entries that a juror shares a province with are attempted with that juror.
   */
  public List<Assignment> assignments(List<Juror> jurors, Map<String, String> regionOfEntry) {
    return assignments(jurors, regionOfEntry, JURORS_PER_ENTRY);
  }

  /** As above with {@code perEntry} jurors per entry. */
  public List<Assignment> assignments(
      List<Juror> jurors, Map<String, String> regionOfEntry, int perEntry) {
    List<Assignment> attempts = new ArrayList<>();
    int conflicts = 0;
    for (Map.Entry<String, String> entry : regionOfEntry.entrySet()) {
      String province = entry.getValue().substring(0, 2);
      if (conflicts < CONFLICT_ATTEMPTS) {
        for (Juror juror : jurors) {
          if (juror.provinceCode().equals(province)) {
            attempts.add(new Assignment(juror.id(), entry.getKey(), true));
            conflicts++;
            break;
          }
        }
      }
      List<Juror> eligible =
          new ArrayList<>(jurors.stream().filter(j -> !j.provinceCode().equals(province)).toList());
      SplittableRandom random = stream("assign/" + entry.getKey());
      for (int i = eligible.size() - 1; i > 0; i--) {
        java.util.Collections.swap(eligible, i, random.nextInt(i + 1));
      }
      eligible.stream()
          .limit(perEntry)
          .sorted(Comparator.comparing(Juror::id))
          .forEach(j -> attempts.add(new Assignment(j.id(), entry.getKey(), false)));
    }
    return attempts;
  }

  /**
   * Criterion scores of every assignment that is not a conflict: a quality per entry (50-90) that
   * every juror sees, a leniency per juror (-8..+8) and a little noise per criterion, 0-100.
   */
  public List<Scores> criterionScores(
      String stage, JuryRubric rubric, List<Assignment> assignments) {
    List<Scores> scores = new ArrayList<>();
    for (Assignment a : assignments) {
      if (a.conflict()) {
        continue;
      }
      double quality = 50 + 40 * stream("quality/" + a.entry()).nextDouble();
      double leniency = -8 + 16 * stream("leniency/" + a.juror()).nextDouble();
      SplittableRandom random = stream(stage + "/" + a.juror() + "/" + a.entry());
      Map<String, Integer> byCriterion = new LinkedHashMap<>();
      for (JuryCriterion c : rubric.criteria()) {
        byCriterion.put(c.code(), clamp(quality + leniency + 6 * random.nextGaussian()));
      }
      scores.add(new Scores(a.juror(), a.entry(), byCriterion));
    }
    return scores;
  }

  /** Field scores of every assignment that is not a conflict, around the entry's quality. */
  public List<FieldScore> fieldScores(List<Assignment> assignments) {
    List<FieldScore> scores = new ArrayList<>();
    for (Assignment a : assignments) {
      if (a.conflict()) {
        continue;
      }
      double quality = 50 + 40 * stream("quality/" + a.entry()).nextDouble();
      SplittableRandom random = stream("field/" + a.juror() + "/" + a.entry());
      scores.add(new FieldScore(a.juror(), a.entry(), clamp(quality + 8 * random.nextGaussian())));
    }
    return scores;
  }

  /**
   * Entries ranked by their mean weighted jury score (plus the mean field score when given), best
   * first, ties broken by entry id: ordinal ranks, so no tie sits at a shortlist's cut.
   */
  public static List<Map.Entry<String, Double>> rank(
      JuryRubric rubric, List<Scores> scores, List<FieldScore> field) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Scores s : scores) {
      Map<String, Double> asDouble = new LinkedHashMap<>();
      s.scores().forEach((k, v) -> asDouble.put(k, v.doubleValue()));
      double[] sum = sums.computeIfAbsent(s.entry(), k -> new double[4]);
      sum[0] += rubric.weightedTotal(asDouble);
      sum[1]++;
    }
    for (FieldScore f : field) {
      double[] sum = sums.computeIfAbsent(f.entry(), k -> new double[4]);
      sum[2] += f.score();
      sum[3]++;
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>();
    sums.forEach(
        (entry, sum) -> {
          double presentation = sum[1] == 0 ? 0 : sum[0] / sum[1];
          double total = sum[3] == 0 ? presentation : (presentation + sum[2] / sum[3]) / 2;
          ranked.add(Map.entry(entry, Math.round(total * 100) / 100.0));
        });
    ranked.sort(
        Comparator.comparing((Map.Entry<String, Double> e) -> e.getValue())
            .reversed()
            .thenComparing(Map.Entry::getKey));
    return ranked;
  }

  /**
   * The KIPP proposals: innovations in public service (the competition's subject) that were found
   * feasible and are not stopped, in generated order.
   */
  public static List<GeneratedInnovation> kippProposals(List<GeneratedRegion> regions) {
    List<GeneratedInnovation> proposals = new ArrayList<>();
    for (GeneratedRegion region : regions) {
      for (GeneratedInnovation innovation : region.innovations()) {
        if (ScoringExport.competes(innovation)
            && innovation.stoppedOn() == null
            && innovation.profile().form() == InnovationForm.PELAYANAN_PUBLIK) {
          proposals.add(innovation);
        }
      }
    }
    return proposals;
  }

  /** The KIPP jury rubric. */
  public static JuryRubric kippRubric() {
    return RubricCatalogue.programmeJuryRubric("KIPP");
  }

  /** The decree publishing an IGA edition's results (a Kepmendagri). */
  public static String decreeNumber(int year) {
    return "100.3.3.5-" + (4000 + year % 100 * 7) + " Tahun " + year;
  }

  private static int clamp(double score) {
    return (int) Math.max(0, Math.min(100, Math.round(score)));
  }

  private SplittableRandom stream(String key) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + key.hashCode() * 0xD1B54A32D192ED03L);
  }
}
