package id.inovik.api.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCatalogTest {

  private final RegionCatalog catalog = RegionCatalog.load();

  @Test
  void holdsTheNationalCountsOfKepmendagri2025() {
    assertThat(catalog.provinces()).hasSize(38);
    assertThat(catalog.all()).hasSize(38 + 514);
    assertThat(catalog.all().stream().filter(r -> r.type() == RegionType.KABUPATEN)).hasSize(416);
    assertThat(catalog.all().stream().filter(r -> r.type() == RegionType.KOTA)).hasSize(98);
  }

  @Test
  void countsFiveHundredFortySixAutonomousRegions() {
    assertThat(catalog.all().stream().filter(Region::autonomous)).hasSize(546);
    assertThat(catalog.find("31.71")).get().extracting(Region::autonomous).isEqualTo(false);
  }

  @Test
  void derivesTypeAndProvinceFromTheCode() {
    Region batu = catalog.find("35.79").orElseThrow();
    assertThat(batu.name()).isEqualTo("Kota Batu");
    assertThat(batu.type()).isEqualTo(RegionType.KOTA);
    assertThat(batu.provinceName()).isEqualTo("Jawa Timur");
    assertThat(catalog.find("35.07").orElseThrow().type()).isEqualTo(RegionType.KABUPATEN);
    assertThat(catalog.find("81").orElseThrow().type()).isEqualTo(RegionType.PROVINSI);
  }

  @Test
  void rejectsUnknownAndMalformedCodes() {
    assertThat(catalog.contains("35.99")).isFalse();
    assertThat(RegionCatalog.isWellFormed("35.7")).isFalse();
    assertThat(RegionCatalog.isWellFormed("35.79")).isTrue();
  }

  @Test
  void splitsQuotedCsvFields() {
    assertThat(RegionCatalog.parseCsvLine("1,\"A, \"\"B\"\"\",c"))
        .containsExactly("1", "A, \"B\"", "c");
  }
}
