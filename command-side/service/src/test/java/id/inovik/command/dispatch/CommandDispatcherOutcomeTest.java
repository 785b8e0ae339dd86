package id.inovik.command.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.command.award.AwardConflictException;
import id.inovik.command.award.AwardIdempotencyKeyReusedException;
import id.inovik.command.award.AwardNotFoundException;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.innovation.FieldViolation;
import java.util.List;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** Refused award commands are counted by what refused them, not as errors. */
class CommandDispatcherOutcomeTest {

  @Test
  void awardRefusalsNameTheirOutcome() {
    assertThat(
            CommandDispatcher.outcomeOf(
                new InvalidAwardInputException(List.of(new FieldViolation("top", "bad")))))
        .isEqualTo("rejected_invalid");
    assertThat(CommandDispatcher.outcomeOf(new AwardConflictException("published", null, "x")))
        .isEqualTo("rejected_lifecycle");
    assertThat(CommandDispatcher.outcomeOf(new AwardIdempotencyKeyReusedException("k")))
        .isEqualTo("rejected_idempotency");
    assertThat(CommandDispatcher.outcomeOf(new AwardNotFoundException("none")))
        .isEqualTo("not_found");
    assertThat(CommandDispatcher.outcomeOf(new ConcurrencyException("stale")))
        .isEqualTo("conflict");
    assertThat(CommandDispatcher.outcomeOf(new IllegalStateException("bug"))).isEqualTo("error");
  }
}
