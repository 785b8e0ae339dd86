package id.inovik.query.innovation;

import static id.inovik.query.support.EventStream.profile;
import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.iid.IidColumn;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationEstablishedEvent;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationTrialStartedEvent;
import id.inovik.query.support.Documents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document to export row boundary. */
class InnovationColumnsTest {

  private static final Instant PROPOSED = Instant.parse("2024-01-04T20:00:00Z");

  /** A profile with every field, planned dates included. */
  private static final InnovationProfile PLANNED =
      profile(
          "Layanan Adminduk Keliling", "35.07", "Mobil layanan ke desa.", GovernmentAffair.SOSIAL);

  /** Proposed, found feasible, established by decree 188/12/2024 and on trial since 3 Feb 2024. */
  private static InnovationDocument onTrial(String id, InnovationProfile profile) {
    String region = profile.regionCode();
    return Documents.fold(
        PROPOSED,
        proposed(id, profile, PROPOSED),
        new InnovationReviewedEvent(id, region, true, null, LocalDate.of(2024, 1, 8)),
        new InnovationEstablishedEvent(id, region, "188/12/2024", LocalDate.of(2024, 1, 9)),
        new InnovationTrialStartedEvent(id, region, LocalDate.of(2024, 2, 3)));
  }

  private static Map<String, Object> byHeader(InnovationDocument document) {
    List<Object> row = InnovationColumns.row(document);
    assertThat(row).hasSameSizeAs(InnovationColumns.HEADERS);
    Map<String, Object> cells = new HashMap<>();
    for (int i = 0; i < row.size(); i++) {
      cells.put(InnovationColumns.HEADERS.get(i), row.get(i));
    }
    return cells;
  }

  @Test
  void aRowHoldsTheProfileTheRegionTheStageAndTheReadModelsColumns() {
    InnovationProfile profile = PLANNED;
    InnovationDocument document = onTrial("inv-1", profile);

    Map<String, Object> cells = byHeader(document);

    for (IidColumn column : IidColumn.INOVIK_EXPORT) {
      if (column.imported()
          && column != IidColumn.REGION_NAME
          && column != IidColumn.STAGE
          && column != IidColumn.DECREE_NUMBER
          && column != IidColumn.DECREE_DATE) {
        assertThat(cells.get(column.header()))
            .as(column.header())
            .isEqualTo(column.cellOf(profile));
      }
    }
    assertThat(cells)
        .containsEntry("Pemda", "Kabupaten Malang")
        .containsEntry("Provinsi", "Jawa Timur")
        .containsEntry("Tahapan", "Uji coba")
        .containsEntry("Status", "Aktif")
        .containsEntry("Jenis", "Digital")
        .containsEntry("Urusan Lain", "Komunikasi dan Informatika")
        .containsEntry("Nomor SK", "188/12/2024")
        .containsEntry("Tanggal SK", LocalDate.of(2024, 1, 9))
        .containsEntry("Tanggal Diusulkan", LocalDate.of(2024, 1, 5))
        .containsEntry("ID Inovik", "inv-1");
  }

  @Test
  void withoutPlannedDatesTheDatesReachedAreWritten() {
    InnovationProfile unplanned = Documents.bareProfile("Layanan Adminduk Jemput Bola", "35.07");
    InnovationDocument document = onTrial("inv-2", unplanned);

    assertThat(byHeader(document))
        .containsEntry("Waktu Uji Coba", LocalDate.of(2024, 2, 3))
        .containsEntry("Waktu Penerapan", null);
    assertThat(byHeader(Documents.fold(PROPOSED, proposed("inv-3", PLANNED, PROPOSED))))
        .containsEntry("Waktu Uji Coba", PLANNED.plannedTrialDate())
        .containsEntry("Tahapan", "Usulan");
  }
}
