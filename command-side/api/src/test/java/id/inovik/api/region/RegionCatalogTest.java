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
  void derivesTheIslandGroupFromTheProvinceCode() {
    assertThat(catalog.find("35.79").orElseThrow().islandGroup()).isEqualTo(IslandGroup.JAWA);
    assertThat(catalog.find("11").orElseThrow().islandGroup()).isEqualTo(IslandGroup.SUMATERA);
    assertThat(catalog.find("21.71").orElseThrow().islandGroup()).isEqualTo(IslandGroup.SUMATERA);
    assertThat(catalog.find("53.71").orElseThrow().islandGroup())
        .isEqualTo(IslandGroup.BALI_NUSA_TENGGARA);
    assertThat(catalog.find("65.03").orElseThrow().islandGroup()).isEqualTo(IslandGroup.KALIMANTAN);
    assertThat(catalog.find("75").orElseThrow().islandGroup()).isEqualTo(IslandGroup.SULAWESI);
    assertThat(catalog.find("82.07").orElseThrow().islandGroup()).isEqualTo(IslandGroup.MALUKU);
    assertThat(catalog.find("96.03").orElseThrow().islandGroup()).isEqualTo(IslandGroup.PAPUA);
    assertThat(catalog.provinces().stream().filter(p -> p.islandGroup() == IslandGroup.PAPUA))
        .hasSize(6);
    assertThat(catalog.provinces().stream().filter(p -> p.islandGroup() == IslandGroup.JAWA))
        .hasSize(6);
  }

  @Test
  void theUnderdevelopedListOfPerpres63Of2020HoldsSixtyTwoKabupaten() {
    var listed = catalog.initialListings(RegionDesignation.TERTINGGAL, 2024);
    assertThat(listed).hasSize(62);
    assertThat(listed)
        .allSatisfy(
            l ->
                assertThat(catalog.find(l.code()).orElseThrow().type())
                    .isEqualTo(RegionType.KABUPATEN));
    assertThat(listed.stream().map(InitialListing::code)).contains("81.06", "72.09", "95.08");
    assertThat(catalog.initialListing("81.06", RegionDesignation.TERTINGGAL, 2019)).isEmpty();
    assertThat(catalog.initialListing("35.07", RegionDesignation.TERTINGGAL, 2024)).isEmpty();
  }

  @Test
  void theBorderListSaysHowSureEachEntryIs() {
    var border = catalog.initialListings(RegionDesignation.PERBATASAN, 2024);
    assertThat(border).isNotEmpty();
    assertThat(border.stream().map(InitialListing::certainty)).containsOnly("likely", "uncertain");
    assertThat(catalog.initialListing("61.03", RegionDesignation.PERBATASAN, 2024))
        .get()
        .extracting(InitialListing::basis)
        .asString()
        .contains("land border");
    assertThat(border)
        .allSatisfy(
            l ->
                assertThat(catalog.find(l.code()).orElseThrow().type())
                    .isNotEqualTo(RegionType.PROVINSI));
  }

  @Test
  void findsRegionsByTheNamesSpreadsheetsUse() {
    assertThat(catalog.findByName("Kota Batu")).extracting(Region::code).containsExactly("35.79");
    assertThat(catalog.findByName("PEMERINTAH KOTA  BATU"))
        .extracting(Region::code)
        .containsExactly("35.79");
    assertThat(catalog.findByName("Kab. Malang")).extracting(Region::code).containsExactly("35.07");
    assertThat(catalog.findByName("Provinsi Jawa Timur"))
        .extracting(Region::code)
        .containsExactly("35");
    assertThat(catalog.findByName("Malang")).extracting(Region::code).contains("35.07", "35.73");
    assertThat(catalog.findByName("Kabupaten Atlantis")).isEmpty();
  }

  @Test
  void splitsQuotedCsvFields() {
    assertThat(RegionCatalog.parseCsvLine("1,\"A, \"\"B\"\"\",c"))
        .containsExactly("1", "A, \"B\"", "c");
  }
}
