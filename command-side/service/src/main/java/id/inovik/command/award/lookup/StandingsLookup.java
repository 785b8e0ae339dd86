package id.inovik.command.award.lookup;

import id.inovik.api.innovation.GovernmentAffair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a ranking reads from the award lookup besides the submission streams themselves: which
 * regions submitted to an edition, and the name and affairs of their innovations.
 */
@Component
public class StandingsLookup {

  /** A submission stream of an edition. */
  public record SubmissionRef(String submissionId, String regionCode) {}

  /** A registered innovation as the scoring engine needs it. */
  public record InnovationInfo(
      String innovationId,
      String name,
      GovernmentAffair mainAffair,
      List<GovernmentAffair> relatedAffairs) {}

  private final JdbcTemplate jdbc;

  public StandingsLookup(JdbcTemplate jdbc, AwardLookupSchema tables) {
    this.jdbc = jdbc;
  }

  /** Every region that claimed something in the edition, by region code. */
  public List<SubmissionRef> submissions(String editionId) {
    return jdbc.query(
        "SELECT submission_id, region_code FROM inovik_award_submission WHERE edition_id = ?"
            + " ORDER BY region_code",
        (rs, i) -> new SubmissionRef(rs.getString(1), rs.getString(2)),
        editionId);
  }

  /** The innovations registered for a region, by id. */
  public Map<String, InnovationInfo> innovationsOf(String regionCode) {
    Map<String, InnovationInfo> found = new LinkedHashMap<>();
    jdbc.query(
        "SELECT innovation_id, name, main_affair, related_affairs FROM inovik_award_innovation"
            + " WHERE region_code = ?",
        rs -> {
          String main = rs.getString("main_affair");
          String related = rs.getString("related_affairs");
          List<GovernmentAffair> relatedAffairs = new ArrayList<>();
          if (related != null && !related.isBlank()) {
            Arrays.stream(related.split(","))
                .map(String::strip)
                .forEach(a -> relatedAffairs.add(GovernmentAffair.valueOf(a)));
          }
          String id = rs.getString("innovation_id");
          found.put(
              id,
              new InnovationInfo(
                  id,
                  rs.getString("name"),
                  main == null ? null : GovernmentAffair.valueOf(main),
                  relatedAffairs));
        },
        regionCode);
    return found;
  }
}
