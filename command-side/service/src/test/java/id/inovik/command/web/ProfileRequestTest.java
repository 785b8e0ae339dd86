package id.inovik.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.InnovationTest;
import id.inovik.command.innovation.InvalidInnovationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request to profile boundary of {@code POST /api/innovations} (and the base of a PATCH). */
class ProfileRequestTest {

  private static final RegionCatalog REGIONS = RegionCatalog.load();

  @Test
  void aProfileReadBackAsARequestIsTheSameProfile() {
    InnovationProfile profile = InnovationTest.profile();

    assertThat(ProfileRequest.of(profile).toProfile(REGIONS)).isEqualTo(profile);
  }

  @Test
  void textsAreStripped() {
    ProfileRequest padded =
        new ProfileRequest(
            "  Layanan Adminduk Keliling ",
            " 35.07",
            "Disdukcapil ",
            new ProfileRequest.InitiatorRequest(null, " Sri Wahyuni "),
            false,
            null,
            List.of(" Adminduk "),
            null,
            null,
            " Mobil layanan. ",
            " Mendekatkan layanan. ",
            " Warga terlayani. ",
            " ",
            null,
            null,
            null,
            " https://video.example/v ");

    InnovationProfile profile = padded.toProfile(REGIONS);

    assertThat(profile.name()).isEqualTo("Layanan Adminduk Keliling");
    assertThat(profile.regionCode()).isEqualTo("35.07");
    assertThat(profile.owningAgency()).isEqualTo("Disdukcapil");
    assertThat(profile.initiator().name()).isEqualTo("Sri Wahyuni");
    assertThat(profile.themes()).containsExactly("Adminduk");
    assertThat(profile.design()).isEqualTo("Mobil layanan.");
    assertThat(profile.results()).isEmpty();
    assertThat(profile.videoUrl()).isEqualTo("https://video.example/v");
  }

  @Test
  void aMissingDigitalFlagIsReportedWithEveryOtherProblem() {
    ProfileRequest empty =
        new ProfileRequest(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    assertThatThrownBy(() -> empty.toProfile(REGIONS))
        .isInstanceOfSatisfying(
            InvalidInnovationException.class,
            e ->
                assertThat(e.violations().stream().map(FieldViolation::field))
                    .contains(
                        "digital",
                        "name",
                        "regionCode",
                        "owningAgency",
                        "form",
                        "mainAffair",
                        "design"));
  }
}
