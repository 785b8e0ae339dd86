package id.inovik.command.award.deadline;

import id.inovik.command.config.EventStoreSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadline scheduler's table (db-scheduler's {@code scheduled_tasks} layout under our name),
 * created at start-up like the event tables, in the same database, so that a deadline is stored in
 * the transaction of the event that set it.
 */
public final class DeadlineTables {

  public static final String TABLE = "inovik_deadline";

  private DeadlineTables() {}

  static void create(JdbcTemplate jdbc, EventStoreSchema schema) {
    String binary = schema.postgres() ? "BYTEA" : "BLOB";
    String text = schema.postgres() ? "TEXT" : "VARCHAR(1000)";
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS "
            + TABLE
            + " ("
            + "task_name "
            + text
            + " NOT NULL, task_instance "
            + text
            + " NOT NULL, task_data "
            + binary
            + ", execution_time TIMESTAMP WITH TIME ZONE NOT NULL, picked BOOLEAN NOT NULL,"
            + " picked_by "
            + text
            + ", last_success TIMESTAMP WITH TIME ZONE, last_failure TIMESTAMP WITH TIME ZONE,"
            + " consecutive_failures INT, last_heartbeat TIMESTAMP WITH TIME ZONE,"
            + " version BIGINT NOT NULL, priority SMALLINT,"
            + " PRIMARY KEY (task_name, task_instance))");
    jdbc.execute(
        "CREATE INDEX IF NOT EXISTS "
            + TABLE
            + "_execution_time ON "
            + TABLE
            + " (execution_time)");
    jdbc.execute(
        "CREATE INDEX IF NOT EXISTS "
            + TABLE
            + "_last_heartbeat ON "
            + TABLE
            + " (last_heartbeat)");
  }
}
