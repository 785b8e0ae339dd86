package id.inovik.query.innovation.projection;

import id.inovik.platform.web.BaseProblemHandler;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operator endpoints of the innovations projection. */
@RestController
@RequestMapping("/api/admin/projections/innovations")
class ProjectionAdminController {

  private final RebuildService rebuild;
  private final DeadLetterLedger deadLetters;

  ProjectionAdminController(RebuildService rebuild, DeadLetterLedger deadLetters) {
    this.rebuild = rebuild;
    this.deadLetters = deadLetters;
  }

  /** Starts a rebuild from the topic; poll {@code GET .../rebuild} for the outcome. */
  @PostMapping("/rebuild")
  @ResponseStatus(HttpStatus.ACCEPTED)
  RebuildStatus startRebuild() {
    return rebuild.start();
  }

  @GetMapping("/rebuild")
  RebuildStatus rebuildStatus() {
    return rebuild.status();
  }

  /**
   * Acknowledges the dead letters in the topic so that health reports UP again; the acknowledgement
   * is kept in Kafka, so it holds across restarts (and so do unacknowledged ones).
   */
  @DeleteMapping("/failures")
  Map<String, Long> acknowledgeFailures() throws InterruptedException {
    try {
      return Map.of("acknowledged", deadLetters.acknowledge());
    } catch (ExecutionException | TimeoutException e) {
      ProblemDetail problem =
          BaseProblemHandler.problem(
              HttpStatus.SERVICE_UNAVAILABLE,
              "kafka-unavailable",
              "Kafka unavailable",
              "Kafka did not take the acknowledgement of "
                  + deadLetters.topic()
                  + " ("
                  + e
                  + "); nothing was acknowledged, try again.");
      throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
    }
  }
}
