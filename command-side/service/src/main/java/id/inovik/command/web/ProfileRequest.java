package id.inovik.command.web;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.InvalidInnovationException;
import id.inovik.command.innovation.ProfileRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON body of a proposal (and the shape a partial revision is merged onto). Boxed types, so a
 * missing value is told apart from {@code false} or zero.
 *
 * <p>Its own record rather than {@link InnovationProfile} on purpose: the profile's {@code boolean}
 * would read an absent flag as {@code false}, where this reports it with every other bad field.
 */
public record ProfileRequest(
    String name,
    String regionCode,
    String owningAgency,
    InitiatorRequest initiator,
    Boolean digital,
    InnovationForm form,
    List<String> themes,
    GovernmentAffair mainAffair,
    List<GovernmentAffair> relatedAffairs,
    String design,
    String goals,
    String benefits,
    String results,
    Long budget,
    LocalDate plannedTrialDate,
    LocalDate plannedImplementationDate,
    String videoUrl) {

  /** Initiator of the innovation: kind and name. */
  public record InitiatorRequest(InitiatorKind kind, String name) {}

  /**
   * The profile with texts stripped. A missing {@code digital} flag is refused together with every
   * other problem of the profile, so that one answer lists all the fields to fix.
   */
  InnovationProfile toProfile(RegionCatalog regions) {
    if (digital == null) {
      List<FieldViolation> violations = new ArrayList<>();
      violations.add(
          new FieldViolation("digital", "is required (true for digital, false otherwise)"));
      violations.addAll(ProfileRules.check(build(false), regions));
      throw new InvalidInnovationException(violations);
    }
    return build(digital);
  }

  private InnovationProfile build(boolean isDigital) {
    return new InnovationProfile(
        strip(name),
        strip(regionCode),
        strip(owningAgency),
        initiator == null ? null : new Initiator(initiator.kind(), strip(initiator.name())),
        isDigital,
        form,
        themes == null ? List.of() : themes.stream().map(ProfileRequest::strip).toList(),
        mainAffair,
        relatedAffairs,
        strip(design),
        strip(goals),
        strip(benefits),
        strip(results),
        budget,
        plannedTrialDate,
        plannedImplementationDate,
        strip(videoUrl));
  }

  static ProfileRequest of(InnovationProfile p) {
    return new ProfileRequest(
        p.name(),
        p.regionCode(),
        p.owningAgency(),
        p.initiator() == null
            ? null
            : new InitiatorRequest(p.initiator().kind(), p.initiator().name()),
        p.digital(),
        p.form(),
        p.themes(),
        p.mainAffair(),
        p.relatedAffairs(),
        p.design(),
        p.goals(),
        p.benefits(),
        p.results(),
        p.budget(),
        p.plannedTrialDate(),
        p.plannedImplementationDate(),
        p.videoUrl());
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
