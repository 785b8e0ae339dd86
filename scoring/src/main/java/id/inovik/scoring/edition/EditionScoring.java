package id.inovik.scoring.edition;

import id.inovik.scoring.catalogue.AwardCategory;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.iid.CategoryRank;
import id.inovik.scoring.iid.IidCalculator;
import id.inovik.scoring.iid.InputError;
import id.inovik.scoring.iid.RegionResult;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.iid.ScoringInputException;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.ranking.Ranker;
import id.inovik.scoring.ranking.RankingPolicy;
import id.inovik.scoring.ranking.Standing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores every region of an edition and ranks them per award category on the validated IID. The
 * result does not depend on the order of regions or innovations in the input.
 */
public final class EditionScoring {
  private final Edition edition;
  private final IidCalculator calculator;
  private final RankingPolicy policy;

  public EditionScoring(Edition edition, RankingPolicy policy) {
    this.edition = edition;
    this.calculator = new IidCalculator(edition);
    this.policy = policy;
  }

  public EditionScoring(Edition edition) {
    this(edition, RankingPolicy.DEFAULT);
  }

  public Edition edition() {
    return edition;
  }

  public EditionResult score(List<RegionSubmission> submissions) {
    return score(submissions, PreviousRanks.NONE, false);
  }

  /**
   * Scores and ranks. With {@code lenientCodes}, indicator codes unknown to this edition are left
   * out (what-if); otherwise they are errors. Every region's errors are collected before failing.
   */
  public EditionResult score(
      List<RegionSubmission> submissions, PreviousRanks previous, boolean lenientCodes) {
    List<InputError> errors = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    List<RegionResult> results = new ArrayList<>();
    for (int i = 0; i < submissions.size(); i++) {
      RegionSubmission submission = submissions.get(i);
      String at = "regions[" + i + "]";
      if (!codes.add(submission.region().code())) {
        errors.add(
            new InputError(
                at + ".code", "region " + submission.region().code() + " is submitted twice"));
        continue;
      }
      try {
        results.add(calculator.score(submission, lenientCodes));
      } catch (ScoringInputException e) {
        e.errors()
            .forEach(
                err ->
                    errors.add(
                        new InputError(err.field().replaceFirst("^region", at), err.reason())));
      }
    }
    if (!errors.isEmpty()) {
      throw new ScoringInputException(errors);
    }
    results.sort(Comparator.comparing(r -> r.region().code()));

    Map<String, Standing> standings = new HashMap<>();
    Map<String, RegionSubmission> byCode = new HashMap<>();
    submissions.forEach(s -> byCode.put(s.region().code(), s));
    for (RegionResult result : results) {
      standings.put(result.region().code(), standing(result, byCode.get(result.region().code())));
    }

    CategoryRanking national =
        new CategoryRanking(
            PreviousRanks.NATIONAL,
            "Nasional",
            Ranker.rank(
                List.copyOf(standings.values()), policy, previous.in(PreviousRanks.NATIONAL)));
    List<CategoryRanking> categories = new ArrayList<>();
    Map<String, List<CategoryRank>> ranksByRegion = new HashMap<>();
    for (AwardCategory category : edition.awardCategories()) {
      List<Standing> members = new ArrayList<>();
      for (RegionResult result : results) {
        if (edition.competesIn(result.region(), category)) {
          members.add(standings.get(result.region().code()));
        }
      }
      List<RankedEntry> ranked = Ranker.rank(members, policy, previous.in(category.code()));
      categories.add(new CategoryRanking(category.code(), category.label(), ranked));
      for (RankedEntry entry : ranked) {
        ranksByRegion
            .computeIfAbsent(entry.standing().regionCode(), c -> new ArrayList<>())
            .add(
                new CategoryRank(
                    category.code(),
                    category.label(),
                    entry.rank(),
                    ranked.size(),
                    entry.previousRank(),
                    entry.movement()));
      }
    }
    List<RegionResult> ranked = new ArrayList<>(results.size());
    for (RegionResult result : results) {
      ranked.add(result.withRanks(ranksByRegion.getOrDefault(result.region().code(), List.of())));
    }
    return new EditionResult(
        edition.year(),
        edition.guideline(),
        policy,
        ranked,
        national,
        categories,
        edition.provenance());
  }

  static Standing standing(RegionResult result, RegionSubmission submission) {
    return new Standing(
        result.region().code(),
        result.region().name(),
        result.validated().iid(),
        result.validated().sid(),
        result.validated().spd(),
        result.validated().innovations(),
        result.validated().predikat(),
        submission.submittedAt());
  }
}
