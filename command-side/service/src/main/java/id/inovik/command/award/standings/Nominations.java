package id.inovik.command.award.standings;

import id.inovik.api.award.JuryStanding;
import id.inovik.api.award.RankingEntry;
import id.inovik.api.award.RecordedRanking;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.innovation.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Prepares the decisions taken from a ranking: a category's nominees (given by the committee, or
 * the top of the ranking) with the ranking they come from, and the final standings published with
 * the results. The edition aggregate then checks them against its own state.
 */
@Service
public class Nominations {

  /** Nominees and the ranking they were taken from (null for a programme without a rubric). */
  public record Nomination(List<String> regionCodes, RecordedRanking ranking) {}

  private final EditionStandings standings;

  Nominations(EditionStandings standings) {
    this.standings = standings;
  }

  /**
   * The nominees of {@code category}: {@code regionCodes} as given, or with {@code top} every
   * region ranked {@code top} or better (a tie at the edge takes every region sharing the rank).
   */
  public Nomination nominate(
      String editionId,
      int editionYear,
      Integer rubric,
      String category,
      List<String> regionCodes,
      Integer top) {
    List<FieldViolation> v = new ArrayList<>();
    boolean given = regionCodes != null && !regionCodes.isEmpty();
    if (given == (top != null)) {
      v.add(
          new FieldViolation(
              "regionCodes", "give either the nominees (regionCodes) or how many to take (top)"));
    }
    if (top != null && top < 1) {
      v.add(new FieldViolation("top", "must be at least 1"));
    }
    if (rubric == null) {
      if (top != null) {
        v.add(
            new FieldViolation("top", "a programme without a rubric has no ranking to take from"));
      }
      InvalidAwardInputException.rejectIfAny(v);
      return new Nomination(regionCodes, null);
    }
    InvalidAwardInputException.rejectIfAny(v);
    RecordedRanking ranking = rankingOf(editionId, editionYear, rubric, category);
    if (top == null) {
      return new Nomination(regionCodes, ranking);
    }
    List<String> codes = new ArrayList<>();
    for (RankingEntry e : ranking.entries()) {
      if (e.rank().compareTo(BigDecimal.valueOf(top)) <= 0) {
        codes.add(e.regionCode());
      }
    }
    if (codes.isEmpty()) {
      throw new InvalidAwardInputException(
          List.of(new FieldViolation("top", category + " has no ranked region yet")));
    }
    return new Nomination(codes, ranking);
  }

  /** What a publication carries besides the edition's own winners and nominees. */
  public record Publication(
      Map<String, RecordedRanking> standings,
      String juryMethod,
      Map<String, List<JuryStanding>> jury) {}

  /**
   * The final standings of the edition's categories and the jury results of their nominees, for
   * publication (both empty without a rubric).
   */
  public Publication publication(
      String editionId,
      int editionYear,
      Integer rubric,
      Collection<String> categories,
      Map<String, List<String>> nominees) {
    Map<String, RecordedRanking> finals =
        finalStandings(editionId, editionYear, rubric, categories);
    if (rubric == null) {
      return new Publication(finals, null, Map.of());
    }
    EditionStandings.JuryOutcome jury =
        standings.jury(editionId, editionYear, rubric, nominees, finals);
    return new Publication(finals, jury.method(), jury.byCategory());
  }

  /**
   * The final standings of the edition's categories that the rubric ranks, for publication (empty
   * without a rubric; a category of the edition that the rubric does not know has none).
   */
  public Map<String, RecordedRanking> finalStandings(
      String editionId, int editionYear, Integer rubric, Collection<String> categories) {
    if (rubric == null) {
      return Map.of();
    }
    Map<String, RecordedRanking> all = standings.compute(editionId, editionYear, rubric);
    Map<String, RecordedRanking> ofEdition = new LinkedHashMap<>();
    for (String category : categories) {
      if (all.containsKey(category)) {
        ofEdition.put(category, all.get(category));
      }
    }
    return ofEdition;
  }

  private RecordedRanking rankingOf(
      String editionId, int editionYear, int rubric, String category) {
    RecordedRanking ranking = standings.compute(editionId, editionYear, rubric).get(category);
    if (ranking == null) {
      throw new InvalidAwardInputException(
          List.of(
              new FieldViolation(
                  "category",
                  category
                      + " is not an award category of rubric "
                      + rubric
                      + ", so it has no ranking to take nominees from")));
    }
    return ranking;
  }
}
