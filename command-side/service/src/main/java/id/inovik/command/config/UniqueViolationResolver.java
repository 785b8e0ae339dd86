package id.inovik.command.config;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append failed on a unique key (SQLSTATE 23505), so a second stream for the
 * same aggregate surfaces as a creation or concurrency conflict rather than a storage error. Axon's
 * JDBC resolver only recognises {@link SQLIntegrityConstraintViolationException}, which the
 * PostgreSQL driver never throws.
 */
final class UniqueViolationResolver implements PersistenceExceptionResolver {

  private static final String UNIQUE_VIOLATION = "23505";

  @Override
  public boolean isDuplicateKeyViolation(Exception exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
