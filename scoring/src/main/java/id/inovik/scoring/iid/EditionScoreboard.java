package id.inovik.scoring.iid;

import id.inovik.scoring.catalogue.AwardCategory;
import id.inovik.scoring.catalogue.BasicServiceRule;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.ranking.Ranker;
import id.inovik.scoring.ranking.RankingPolicy;
import id.inovik.scoring.ranking.Standing;
import id.inovik.scoring.region.Region;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The validated IID and category rankings of a whole edition, kept up to date one change at a time:
 * a changed innovation or SPD claim updates its region's running totals in O(1) and moves the
 * region within its sorted categories, instead of recomputing the edition. What a projection that
 * follows claim and validation events keeps in memory; it always agrees with {@link
 * id.inovik.scoring.edition.EditionScoring} on the same data (tested).
 *
 * <p>Not thread-safe: one writer (the projection), readers after it.
 */
public final class EditionScoreboard {
  private final EditionScorer scorer;
  private final IidFormula formula;
  private final RankingPolicy policy;
  private final Comparator<Standing> order;
  private final Comparator<RegionState> sortOrder;
  private final int affairCount;
  private final Map<String, RegionState> regions = new HashMap<>();
  private final Map<String, List<RegionState>> byCategory = new TreeMap<>();

  public EditionScoreboard(Edition edition, RankingPolicy policy) {
    this.scorer = new EditionScorer(edition);
    this.formula = scorer.formula();
    this.policy = policy;
    this.order = Ranker.order(policy);
    this.sortOrder =
        Comparator.<RegionState, Standing>comparing(s -> s.standing, order)
            .thenComparing(s -> s.region.code());
    BasicServiceRule rule = edition.basicServiceRule();
    this.affairCount = rule == null ? 0 : rule.affairs().size();
    edition.awardCategories().forEach(c -> byCategory.put(c.code(), new ArrayList<>()));
  }

  /** A scoreboard of the given submissions. */
  public static EditionScoreboard of(
      Edition edition, RankingPolicy policy, List<RegionSubmission> submissions) {
    EditionScoreboard board = new EditionScoreboard(edition, policy);
    for (RegionSubmission submission : submissions) {
      board.putRegion(submission);
    }
    return board;
  }

  /** Adds or replaces a region's whole submission. */
  public void putRegion(RegionSubmission submission) {
    List<InputError> errors = scorer.check(submission, "region", false);
    if (!errors.isEmpty()) {
      throw new ScoringInputException(errors);
    }
    RegionState state = new RegionState(submission.region(), submission.submittedAt(), affairCount);
    state.spd = scorer.spdHundredths(submission, true);
    for (InnovationSubmission innovation : submission.innovations()) {
      state.add(scorer.scoreInnovation(innovation));
    }
    RegionState old = regions.put(submission.region().code(), state);
    if (old != null) {
      unlist(old);
    }
    state.standing = standing(state);
    list(state);
  }

  /** Adds an innovation to a region, or replaces the one with the same id. */
  public void putInnovation(String regionCode, InnovationSubmission innovation) {
    RegionState state = state(regionCode);
    List<InputError> errors =
        scorer.check(
            new RegionSubmission(state.region, Map.of(), null, null, List.of(innovation), null),
            "innovation",
            false);
    if (!errors.isEmpty()) {
      throw new ScoringInputException(errors);
    }
    InnovationScore score = scorer.scoreInnovation(innovation);
    update(
        state,
        () -> {
          InnovationScore old = state.innovations.get(innovation.id());
          if (old != null) {
            state.remove(old);
          }
          state.add(score);
        });
  }

  /** Removes an innovation (e.g. withdrawn or found ineligible); unknown ids change nothing. */
  public void removeInnovation(String regionCode, String innovationId) {
    RegionState state = state(regionCode);
    InnovationScore old = state.innovations.get(innovationId);
    if (old != null) {
      update(state, () -> state.remove(old));
    }
  }

  /** Replaces a region's SPD claims. */
  public void putSpd(String regionCode, Map<String, IndicatorClaim> spd) {
    RegionState state = state(regionCode);
    RegionSubmission submission =
        new RegionSubmission(state.region, spd, null, null, List.of(), null);
    List<InputError> errors = scorer.check(submission, "region", false);
    if (!errors.isEmpty()) {
      throw new ScoringInputException(errors);
    }
    update(state, () -> state.spd = scorer.spdHundredths(submission, true));
  }

  public Standing standing(String regionCode) {
    return state(regionCode).standing;
  }

  /** The validated score of a region as the scoreboard holds it now. */
  public IidScore score(String regionCode) {
    RegionState state = state(regionCode);
    return formula.score(state.spd, state.sum, state.n, state.mask());
  }

  /** The ranking of one award category, best first. */
  public List<RankedEntry> ranking(String category) {
    List<RegionState> members = byCategory.get(category);
    if (members == null) {
      throw new IllegalArgumentException(
          "edition " + scorer.edition().year() + " has no category " + category);
    }
    List<Standing> sorted = members.stream().map(s -> s.standing).toList();
    List<BigDecimal> ranks = Ranker.ranks(sorted, order, policy.method());
    List<RankedEntry> entries = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      entries.add(new RankedEntry(ranks.get(i), sorted.get(i), null, null));
    }
    return Collections.unmodifiableList(entries);
  }

  /**
   * A region's rank in one category under the policy's tie method, without building the whole
   * ranking: a binary search for its place, then a walk over the entries tied with it (dense ranks
   * count the distinct scores above it).
   */
  public BigDecimal rank(String category, String regionCode) {
    RegionState state = state(regionCode);
    List<RegionState> members = byCategory.get(category);
    if (members == null) {
      throw new IllegalArgumentException(
          "edition " + scorer.edition().year() + " has no category " + category);
    }
    int at = Collections.binarySearch(members, state, sortOrder);
    if (at < 0 || members.get(at) != state) {
      throw new IllegalArgumentException(
          "region " + regionCode + " does not compete in " + category);
    }
    int first = at;
    while (first > 0 && order.compare(members.get(first - 1).standing, state.standing) == 0) {
      first--;
    }
    int last = at;
    while (last < members.size() - 1
        && order.compare(members.get(last + 1).standing, state.standing) == 0) {
      last++;
    }
    return switch (policy.method()) {
      case STANDARD -> BigDecimal.valueOf(first + 1L);
      case MODIFIED -> BigDecimal.valueOf(last + 1L);
      case ORDINAL -> BigDecimal.valueOf(at + 1L);
      case FRACTIONAL -> {
        long twice = first + 1L + last + 1L;
        yield twice % 2 == 0 ? BigDecimal.valueOf(twice / 2) : BigDecimal.valueOf(twice * 5, 1);
      }
      case DENSE -> {
        int groups = 0;
        for (int i = 0; i < first; i++) {
          if (i == 0 || order.compare(members.get(i - 1).standing, members.get(i).standing) != 0) {
            groups++;
          }
        }
        yield BigDecimal.valueOf(groups + 1L);
      }
    };
  }

  public int size() {
    return regions.size();
  }

  private void update(RegionState state, Runnable change) {
    unlist(state);
    change.run();
    state.standing = standing(state);
    list(state);
  }

  private RegionState state(String regionCode) {
    RegionState state = regions.get(regionCode);
    if (state == null) {
      throw new IllegalArgumentException("region " + regionCode + " is not on the scoreboard");
    }
    return state;
  }

  private Standing standing(RegionState state) {
    IidScore score = formula.score(state.spd, state.sum, state.n, state.mask());
    return new Standing(
        state.region.code(),
        state.region.name(),
        score.iid(),
        score.sid(),
        score.spd(),
        score.innovations(),
        score.predikat(),
        state.submittedAt);
  }

  private void list(RegionState state) {
    for (AwardCategory category : scorer.edition().categoriesOf(state.region)) {
      List<RegionState> members = byCategory.get(category.code());
      int at = Collections.binarySearch(members, state, sortOrder);
      members.add(at < 0 ? -at - 1 : at, state);
    }
  }

  private void unlist(RegionState state) {
    for (AwardCategory category : scorer.edition().categoriesOf(state.region)) {
      List<RegionState> members = byCategory.get(category.code());
      int at = Collections.binarySearch(members, state, sortOrder);
      if (at >= 0 && members.get(at) == state) {
        members.remove(at);
      } else {
        members.remove(state);
      }
    }
  }

  /** Running validated totals of one region. */
  private static final class RegionState {
    final Region region;
    final Instant submittedAt;
    final Map<String, InnovationScore> innovations = new HashMap<>();
    final int[] coverers;
    long spd;
    long sum;
    int n;
    Standing standing;

    RegionState(Region region, Instant submittedAt, int affairs) {
      this.region = region;
      this.submittedAt = submittedAt;
      this.coverers = new int[affairs];
    }

    void add(InnovationScore score) {
      innovations.put(score.id(), score);
      if (score.countedValidated()) {
        sum += score.validatedHundredths();
        n++;
        cover(score.affairMask(), 1);
      }
    }

    void remove(InnovationScore score) {
      innovations.remove(score.id());
      if (score.countedValidated()) {
        sum -= score.validatedHundredths();
        n--;
        cover(score.affairMask(), -1);
      }
    }

    private void cover(int mask, int delta) {
      for (int i = 0; i < coverers.length; i++) {
        if ((mask & (1 << i)) != 0) {
          coverers[i] += delta;
        }
      }
    }

    int mask() {
      int mask = 0;
      for (int i = 0; i < coverers.length; i++) {
        if (coverers[i] > 0) {
          mask |= 1 << i;
        }
      }
      return mask;
    }
  }
}
