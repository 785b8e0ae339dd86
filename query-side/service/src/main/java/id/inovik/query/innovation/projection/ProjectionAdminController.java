package id.inovik.query.innovation.projection;

import java.util.Map;
import org.springframework.http.HttpStatus;
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
  private final ProjectionStatus status;

  ProjectionAdminController(RebuildService rebuild, ProjectionStatus status) {
    this.rebuild = rebuild;
    this.status = status;
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

  /** Acknowledges the dead letters so that health reports UP again. */
  @DeleteMapping("/failures")
  Map<String, Long> acknowledgeFailures() {
    return Map.of("acknowledged", status.reset());
  }
}
