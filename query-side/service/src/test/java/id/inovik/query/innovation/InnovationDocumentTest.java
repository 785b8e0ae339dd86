package id.inovik.query.innovation;

import static id.inovik.query.support.EventStream.profile;
import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProfileRevisedEvent;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.query.support.Documents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profile to document boundary: what the projection stores is the profile it was given. */
class InnovationDocumentTest {

  private static final Instant T0 = Instant.parse("2024-01-05T03:00:00Z");

  private static final InnovationProfile PROPOSAL =
      profile(
          "Pelayanan Akta Keliling", "35.07", "Petugas datang ke desa.", GovernmentAffair.SOSIAL);

  @Test
  void aProposedProfileComesBackWhole() {
    InnovationDocument document = Documents.fold(T0, proposed("inv-1", PROPOSAL, T0));

    assertThat(document.profile()).isEqualTo(PROPOSAL);
    assertThat(document.regionName()).isEqualTo("Kabupaten Malang");
  }

  @Test
  void aRevisionReplacesTheWholeProfileAndLifecycleFieldsStayOutOfIt() {
    InnovationProfile revised = Documents.bareProfile("Layanan Adminduk Jemput Bola", "35.07");

    InnovationDocument document =
        Documents.fold(
            T0,
            proposed("inv-2", PROPOSAL, T0),
            new InnovationReviewedEvent("inv-2", "35.07", true, null, LocalDate.of(2024, 1, 6)),
            new InnovationProfileRevisedEvent("inv-2", "35.07", revised, List.of("name")));

    assertThat(document.profile()).isEqualTo(revised);
    assertThat(document.reviewedOn()).isEqualTo(LocalDate.of(2024, 1, 6));
  }
}
