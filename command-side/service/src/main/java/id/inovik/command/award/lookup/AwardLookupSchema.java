package id.inovik.command.award.lookup;

import id.inovik.command.config.EventStoreSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * once from the events already stored when a table is new (a store from before the award cycle, or
 * from before the nominee and proposal tables): version 1 is the innovations, version 2 the
 * nominees and the proposals of each edition. From then on {@link AwardLookupProjector} keeps them
 * current in each event's own transaction.
 */
@Component
public class AwardLookupSchema {

  private static final Logger log = LoggerFactory.getLogger(AwardLookupSchema.class);
  private static final String PROPOSED = "id.inovik.api.innovation.InnovationProposedEvent";
  private static final String NOMINEES = "id.inovik.api.award.AwardNomineesDeclaredEvent";
  private static final String ENTERED = "id.inovik.api.award.ProposalEnteredEvent";
  private static final int VERSION = 1;
  private static final int NOMINEES_VERSION = 2;
  private static final String REVISED = "id.inovik.api.innovation.InnovationProfileRevisedEvent";
  private static final String SPD_CLAIMED = "id.inovik.api.award.SpdClaimedEvent";
  private static final String INNOVATION_CLAIMED = "id.inovik.api.award.InnovationClaimedEvent";

  /** 3: the innovations' names and affairs, and the submissions of each edition (rankings). */
  private static final int PROFILES_VERSION = 3;

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
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS inovik_award_nominee ("
            + "edition_id VARCHAR(40) NOT NULL, category VARCHAR(40) NOT NULL,"
            + " region_code VARCHAR(8) NOT NULL, PRIMARY KEY (edition_id, category, region_code))");
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS inovik_award_proposal ("
            + "edition_id VARCHAR(40) NOT NULL, innovation_id VARCHAR(64) NOT NULL,"
            + " region_code VARCHAR(8) NOT NULL, PRIMARY KEY (edition_id, innovation_id))");
    jdbc.execute("ALTER TABLE inovik_award_innovation ADD COLUMN IF NOT EXISTS name VARCHAR(500)");
    jdbc.execute(
        "ALTER TABLE inovik_award_innovation ADD COLUMN IF NOT EXISTS main_affair VARCHAR(80)");
    jdbc.execute(
        "ALTER TABLE inovik_award_innovation ADD COLUMN IF NOT EXISTS related_affairs"
            + " VARCHAR(4000)");
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS inovik_award_submission ("
            + "submission_id VARCHAR(64) NOT NULL PRIMARY KEY, edition_id VARCHAR(40) NOT NULL,"
            + " region_code VARCHAR(8) NOT NULL)");
    jdbc.execute(
        "CREATE INDEX IF NOT EXISTS inovik_award_submission_edition"
            + " ON inovik_award_submission (edition_id)");
    jdbc.execute("CREATE TABLE IF NOT EXISTS inovik_award_lookup_version (version INT NOT NULL)");
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(status -> backfill(jdbc, json));
    tx.executeWithoutResult(status -> backfillNomineesAndProposals(jdbc, json));
    tx.executeWithoutResult(status -> backfillProfilesAndSubmissions(jdbc, json));
  }

  /** Replaces the nominees of one category of an edition. */
  static void replaceNominees(
      JdbcTemplate jdbc, String editionId, String category, List<String> regionCodes) {
    jdbc.update(
        "DELETE FROM inovik_award_nominee WHERE edition_id = ? AND category = ?",
        editionId,
        category);
    jdbc.batchUpdate(
        "INSERT INTO inovik_award_nominee (edition_id, category, region_code) VALUES (?, ?, ?)",
        regionCodes.stream().distinct().map(r -> new Object[] {editionId, category, r}).toList());
  }

  /** Adds a proposal of a jury-only edition, unless it is there already. */
  static void addProposal(
      JdbcTemplate jdbc, String editionId, String innovationId, String regionCode) {
    jdbc.update(
        "INSERT INTO inovik_award_proposal (edition_id, innovation_id, region_code) SELECT ?, ?, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM inovik_award_proposal WHERE edition_id = ? AND"
            + " innovation_id = ?)",
        editionId,
        innovationId,
        regionCode,
        editionId,
        innovationId);
  }

  /**
   * Nominees and proposals stored before their tables existed, replayed once from the event table
   * in the order they were stored (a later list of a category replaces the earlier one).
   */
  private static void backfillNomineesAndProposals(JdbcTemplate jdbc, JsonMapper json) {
    Integer done =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM inovik_award_lookup_version WHERE version >= ?",
            Integer.class,
            NOMINEES_VERSION);
    if (done != null && done > 0) {
      return;
    }
    jdbc.update("DELETE FROM inovik_award_nominee");
    jdbc.update("DELETE FROM inovik_award_proposal");
    int[] count = {0};
    jdbc.query(
        "SELECT payloadType, payload FROM DomainEventEntry WHERE payloadType IN (?, ?)"
            + " ORDER BY globalIndex",
        rs -> {
          JsonNode p = json.readTree(rs.getBytes("payload"));
          if (NOMINEES.equals(rs.getString("payloadType"))) {
            List<String> regions = new ArrayList<>();
            p.get("regionCodes").forEach(r -> regions.add(r.asString()));
            replaceNominees(
                jdbc, p.get("editionId").asString(), p.get("category").asString(), regions);
          } else {
            addProposal(
                jdbc,
                p.get("editionId").asString(),
                p.get("innovationId").asString(),
                p.get("regionCode").asString());
          }
          count[0]++;
        },
        NOMINEES,
        ENTERED);
    jdbc.update("INSERT INTO inovik_award_lookup_version (version) VALUES (?)", NOMINEES_VERSION);
    if (count[0] > 0) {
      log.info("Award lookup: {} nominee lists and proposals stored earlier were added", count[0]);
    }
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

  /**
   * Every innovation's latest name and affairs (from its proposal and profile revisions, in store
   * order) and every submission stream of every edition, read once from the event table.
   */
  private static void backfillProfilesAndSubmissions(JdbcTemplate jdbc, JsonMapper json) {
    Integer done =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM inovik_award_lookup_version WHERE version >= ?",
            Integer.class,
            PROFILES_VERSION);
    if (done != null && done > 0) {
      return;
    }
    Map<String, Object[]> profiles = new LinkedHashMap<>();
    Map<String, Object[]> submissions = new LinkedHashMap<>();
    jdbc.query(
        "SELECT aggregateIdentifier, payloadType, payload FROM DomainEventEntry"
            + " WHERE payloadType IN (?, ?, ?, ?) ORDER BY globalIndex",
        rs -> {
          String id = rs.getString("aggregateIdentifier");
          String type = rs.getString("payloadType");
          JsonNode payload = json.readTree(rs.getBytes("payload"));
          if (type.equals(PROPOSED) || type.equals(REVISED)) {
            JsonNode profile = payload.get("profile");
            profiles.put(
                id,
                new Object[] {
                  text(profile, "name"),
                  text(profile, "mainAffair"),
                  AwardLookupProjector.joinAffairs(affairs(profile.get("relatedAffairs"))),
                  id
                });
          } else {
            submissions.putIfAbsent(
                id,
                new Object[] {
                  id, payload.get("editionId").asString(), payload.get("regionCode").asString(), id
                });
          }
        },
        PROPOSED,
        REVISED,
        SPD_CLAIMED,
        INNOVATION_CLAIMED);
    jdbc.batchUpdate(
        "UPDATE inovik_award_innovation SET name = ?, main_affair = ?, related_affairs = ?"
            + " WHERE innovation_id = ?",
        List.copyOf(profiles.values()));
    jdbc.batchUpdate(
        "INSERT INTO inovik_award_submission (submission_id, edition_id, region_code)"
            + " SELECT ?, ?, ? WHERE NOT EXISTS"
            + " (SELECT 1 FROM inovik_award_submission WHERE submission_id = ?)",
        List.copyOf(submissions.values()));
    jdbc.update("INSERT INTO inovik_award_lookup_version (version) VALUES (?)", PROFILES_VERSION);
    if (!profiles.isEmpty() || !submissions.isEmpty()) {
      log.info(
          "Award lookup: affairs of {} innovations and {} submissions stored earlier were added",
          profiles.size(),
          submissions.size());
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static List<String> affairs(JsonNode array) {
    List<String> affairs = new ArrayList<>();
    if (array != null) {
      array.forEach(a -> affairs.add(a.asString()));
    }
    return affairs;
  }
}
