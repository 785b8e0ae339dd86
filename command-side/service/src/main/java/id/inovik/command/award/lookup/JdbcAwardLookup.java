package id.inovik.command.award.lookup;

import id.inovik.api.award.AwardStage;
import id.inovik.command.config.EventStoreSchema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link AwardLookup} over the tables {@link AwardLookupSchema} creates. */
@Component
public class JdbcAwardLookup implements AwardLookup {

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  public JdbcAwardLookup(JdbcTemplate jdbc, EventStoreSchema schema, AwardLookupSchema tables) {
    this.jdbc = jdbc;
    this.postgres = schema.postgres();
  }

  @Override
  public Optional<EditionState> edition(String editionId) {
    List<EditionState> rows =
        jdbc.query(
            "SELECT edition_id, programme, edition_year, rubric_edition, stage, stage_open,"
                + " collection_closes_at FROM inovik_award_edition WHERE edition_id = ?"
                + (postgres ? " FOR SHARE" : ""),
            (rs, i) -> {
              int rubric = rs.getInt("rubric_edition");
              Integer rubricEdition = rs.wasNull() ? null : rubric;
              String stage = rs.getString("stage");
              long closes = rs.getLong("collection_closes_at");
              Instant closesAt = rs.wasNull() ? null : Instant.ofEpochMilli(closes);
              return new EditionState(
                  rs.getString("edition_id"),
                  rs.getString("programme"),
                  rs.getInt("edition_year"),
                  rubricEdition,
                  stage == null ? null : AwardStage.valueOf(stage),
                  rs.getBoolean("stage_open"),
                  closesAt);
            },
            editionId);
    return rows.stream().findFirst();
  }

  @Override
  public Optional<String> regionOfInnovation(String innovationId) {
    return jdbc
        .queryForList(
            "SELECT region_code FROM inovik_award_innovation WHERE innovation_id = ?",
            String.class,
            innovationId)
        .stream()
        .findFirst();
  }

  @Override
  public boolean isNominee(String editionId, String regionCode) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM inovik_award_nominee WHERE edition_id = ? AND region_code = ?",
            Integer.class,
            editionId,
            regionCode);
    return n != null && n > 0;
  }

  @Override
  public Optional<String> regionOfProposal(String editionId, String innovationId) {
    return jdbc
        .queryForList(
            "SELECT region_code FROM inovik_award_proposal WHERE edition_id = ? AND innovation_id"
                + " = ?",
            String.class,
            editionId,
            innovationId)
        .stream()
        .findFirst();
  }

  @Override
  public List<String> proposals(String editionId) {
    return jdbc.queryForList(
        "SELECT innovation_id FROM inovik_award_proposal WHERE edition_id = ?"
            + " ORDER BY innovation_id",
        String.class,
        editionId);
  }
}
