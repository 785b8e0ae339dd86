package id.inovik.command.web;

import java.time.LocalDate;

/**
 * JSON bodies of the lifecycle commands. {@code expectedVersion} is optional; an {@code If-Match}
 * header takes precedence.
 */
final class LifecycleRequests {

  private LifecycleRequests() {}

  record Review(Boolean feasible, String reason, LocalDate reviewedOn, Long expectedVersion) {}

  record Establish(String decreeNumber, LocalDate decreeDate, Long expectedVersion) {}

  record Trial(LocalDate startedOn, Long expectedVersion) {}

  record Implementation(LocalDate implementedOn, Long expectedVersion) {}

  record Stop(LocalDate stoppedOn, String reason, Long expectedVersion) {}

  record Resume(LocalDate resumedOn, Long expectedVersion) {}
}
