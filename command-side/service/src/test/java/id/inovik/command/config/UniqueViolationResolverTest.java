package id.inovik.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationResolverTest {

  private final UniqueViolationResolver resolver = new UniqueViolationResolver();

  @Test
  void recognisesAUniqueViolationReportedBySqlState() {
    assertThat(resolver.isDuplicateKeyViolation(new SQLException("dup", "23505"))).isTrue();
  }

  @Test
  void recognisesItInsideABatchFailureAndBehindWrappers() {
    BatchUpdateException batch = new BatchUpdateException("batch", "08000", new int[0]);
    batch.setNextException(new SQLException("dup", "23505"));
    assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("append", batch)))
        .isTrue();
  }

  @Test
  void otherFailuresAreNotDuplicates() {
    assertThat(resolver.isDuplicateKeyViolation(new SQLException("gone", "08006"))).isFalse();
    assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("x"))).isFalse();
  }
}
