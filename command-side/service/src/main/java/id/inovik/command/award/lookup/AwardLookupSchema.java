package id.inovik.command.award.lookup;

import id.inovik.command.config.EventStoreSchema;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lookup tables of the award cycle, created at start-up beside the event tables, and filled
 * once from the innovations already stored when the table is new (a store from before the award
 * cycle). From then on {@link AwardLookupProjector} keeps them current in each event's own
 * transaction.
 */
@Component
public class AwardLookupSchema {

  private static final Logger log = LoggerFactory.getLogger(AwardLookupSchema.class);
  private static final String PROPOSED = "id.inovik.api.innovation.InnovationProposedEvent";
  private static final int VERSION = 1;

  public AwardLookupSchema(
      JdbcTemplate jdbc,
      EventStoreSchema eventTables,
      PlatformTransactionManager transactions,
      JsonMapper json) {
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS inovik_award_innovation ("
            + "innovation_id VARCHAR(64) NOT NULL PRIMARY KEY, region_code VARCHAR(8) NOT NULL)");
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS inovik_award_edition ("
            + "edition_id VARCHAR(40) NOT NULL PRIMARY KEY, programme VARCHAR(20) NOT NULL,"
            + " edition_year INT NOT NULL, rubric_edition INT, stage VARCHAR(30),"
            + " stage_open BOOLEAN NOT NULL, collection_closes_at BIGINT)");
    jdbc.execute("CREATE TABLE IF NOT EXISTS inovik_award_lookup_version (version INT NOT NULL)");
    new TransactionTemplate(transactions).executeWithoutResult(status -> backfill(jdbc, json));
  }

  /** Innovations proposed before the lookup existed, read once from the event table. */
  private static void backfill(JdbcTemplate jdbc, JsonMapper json) {
    Integer done =
        jdbc.queryForObject("SELECT COUNT(*) FROM inovik_award_lookup_version", Integer.class);
    if (done != null && done > 0) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    jdbc.query(
        "SELECT aggregateIdentifier, payload FROM DomainEventEntry WHERE payloadType = ?",
        rs -> {
          JsonNode payload = json.readTree(rs.getBytes("payload"));
          rows.add(
              new Object[] {
                rs.getString("aggregateIdentifier"), payload.get("regionCode").asString()
              });
        },
        PROPOSED);
    jdbc.batchUpdate(
        "INSERT INTO inovik_award_innovation (innovation_id, region_code) SELECT ?, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM inovik_award_innovation WHERE innovation_id = ?)",
        rows.stream().map(r -> new Object[] {r[0], r[1], r[0]}).toList());
    jdbc.update("INSERT INTO inovik_award_lookup_version (version) VALUES (?)", VERSION);
    if (!rows.isEmpty()) {
      log.info("Award lookup: {} innovations stored earlier were added", rows.size());
    }
  }
}
