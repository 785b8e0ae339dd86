package id.inovik.api.innovation;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a region tells about an innovation (the IID profile form,
 * docs/domain/fields.md#innovation-profile). Immutable; revisions replace the whole profile.
 *
 * @param budget budget in rupiah, or null when not stated
 * @param plannedTrialDate planned start of the trial (waktu uji coba)
 * @param plannedImplementationDate planned start of implementation (waktu penerapan)
 */
public record InnovationProfile(
    String name,
    String regionCode,
    String owningAgency,
    Initiator initiator,
    boolean digital,
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

  public InnovationProfile {
    themes = themes == null ? List.of() : List.copyOf(themes);
    relatedAffairs = relatedAffairs == null ? List.of() : List.copyOf(relatedAffairs);
  }
}
