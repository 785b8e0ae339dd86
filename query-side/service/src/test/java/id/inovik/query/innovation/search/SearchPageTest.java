package id.inovik.query.innovation.search;

import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.RegionType;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.innovation.InnovationStatus;
import id.inovik.query.support.Documents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document to search item boundary. */
class SearchPageTest {

  @Test
  void anItemSummarisesItsDocument() {
    Instant at = Instant.parse("2024-01-05T03:00:00Z");
    InnovationDocument d =
        Documents.fold(
            at,
            proposed("inv-1", Documents.bareProfile("Layanan Adminduk Keliling", "35.79"), at),
            new InnovationImplementedEvent("inv-1", "35.79", LocalDate.of(2024, 6, 1)));

    SearchPage.Item item = SearchPage.Item.of(d, 1.5, Map.of("name", List.of("<em>Layanan</em>")));

    assertThat(item.id()).isEqualTo("inv-1");
    assertThat(item.name()).isEqualTo("Layanan Adminduk Keliling");
    assertThat(item.regionCode()).isEqualTo("35.79");
    assertThat(item.regionName()).isEqualTo("Kota Batu");
    assertThat(item.regionType()).isEqualTo(RegionType.KOTA);
    assertThat(item.provinceCode()).isEqualTo("35");
    assertThat(item.provinceName()).isEqualTo("Jawa Timur");
    assertThat(item.stage()).isEqualTo(InnovationStage.PENERAPAN).isEqualTo(d.stage());
    assertThat(item.status()).isEqualTo(InnovationStatus.AKTIF);
    assertThat(item.digital()).isEqualTo(d.digital());
    assertThat(item.form()).isEqualTo(d.form());
    assertThat(item.mainAffair()).isEqualTo(d.mainAffair());
    assertThat(item.initiatorKind()).isEqualTo(d.initiatorKind());
    assertThat(item.owningAgency()).isEqualTo(d.owningAgency());
    assertThat(item.implementedOn()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(item.score()).isEqualTo(1.5);
    assertThat(item.highlights()).containsOnlyKeys("name");
  }

  @Test
  void aHitWithoutHighlightsHasNone() {
    Instant at = Instant.parse("2024-01-05T03:00:00Z");
    InnovationDocument d =
        Documents.fold(at, proposed("inv-2", Documents.bareProfile("Pojok Baca", "35.79"), at));

    SearchPage.Item item = SearchPage.Item.of(d, null, null);

    assertThat(item.score()).isNull();
    assertThat(item.highlights()).isEmpty();
    assertThat(item.stage()).isEqualTo(InnovationStage.USULAN);
  }
}
