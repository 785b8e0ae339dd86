package id.inovik.command.award;

import id.inovik.api.award.AwardStage;
import id.inovik.api.award.ClaimInnovationCommand;
import id.inovik.api.award.ClaimSpdCommand;
import id.inovik.api.award.EditionIds;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.Programme;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.command.award.lookup.AwardLookup;
import id.inovik.command.award.lookup.AwardLookup.EditionState;
import id.inovik.command.award.submission.ClaimRules;
import id.inovik.command.dispatch.CommandDispatcher;
import id.inovik.command.imports.AwardClaims;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.Innovation;
import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.RubricCatalogue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The award side of a spreadsheet import's claims: the same {@link ClaimSpdCommand} and {@link
 * ClaimInnovationCommand} as {@code PUT .../submissions/{region}/spd} and {@code
 * .../innovations/{id}}, sent through the {@link CommandDispatcher}.
 */
@Component
class ImportedClaims implements AwardClaims {

  private final CommandDispatcher dispatcher;
  private final AwardLookup lookup;
  private final ProgrammeCatalog programmes;
  private final Clock clock;

  ImportedClaims(
      CommandDispatcher dispatcher, AwardLookup lookup, ProgrammeCatalog programmes, Clock clock) {
    this.dispatcher = dispatcher;
    this.lookup = lookup;
    this.programmes = programmes;
    this.clock = clock;
  }

  @Override
  public Edition rubricCollecting(String edition) {
    EditionState state =
        lookup
            .edition(edition)
            .orElseThrow(
                () -> refused("is not an award edition ('" + edition + "'), e.g. IGA-2026"));
    if (state.rubricEdition() == null) {
      throw refused(edition + " is judged by a jury only; it takes no indicator claims");
    }
    AwardStage collection =
        programmes.find(state.programme()).map(Programme::collectionStage).orElse(null);
    if (collection == null
        || !state.isOpen(collection)
        || (state.collectionClosesAt() != null
            && !clock.instant().isBefore(state.collectionClosesAt()))) {
      throw refused(
          edition
              + " does not collect claims now"
              + (collection == null ? "" : " (" + collection.slug() + " is not open)"));
    }
    return RubricCatalogue.edition(state.rubricEdition());
  }

  @Override
  public void claimSpd(String edition, String region, List<IndicatorClaim> claims) {
    send(
        new ClaimSpdCommand(EditionIds.submission(region, edition), null, edition, region, claims));
  }

  @Override
  public void claimInnovation(
      String edition, String region, String innovationId, List<IndicatorClaim> claims) {
    send(
        new ClaimInnovationCommand(
            EditionIds.submission(region, edition), null, edition, region, innovationId, claims));
  }

  @Override
  public List<FieldViolation> check(List<IndicatorClaim> claims, Aspect aspect, Edition rubric) {
    List<FieldViolation> v = new ArrayList<>();
    ClaimRules.check(v, claims, aspect, rubric, Innovation.today(clock));
    return v;
  }

  private void send(Object command) {
    try {
      dispatcher.send(command);
    } catch (InvalidAwardInputException e) {
      throw new ClaimsRefusedException(e.violations());
    }
  }

  private static ClaimsRefusedException refused(String reason) {
    return new ClaimsRefusedException(List.of(new FieldViolation("edition", reason)));
  }
}
