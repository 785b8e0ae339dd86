package id.inovik.query.innovation.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import id.inovik.api.region.RegionCatalog;
import id.inovik.platform.web.FieldError;
import id.inovik.query.config.QueryProperties;
import id.inovik.query.web.InvalidRequestException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class SearchRequestParserTest {

  static final QueryProperties.Search LIMITS =
      new QueryProperties.Search(20, 100, Duration.ofMinutes(5));

  final SearchRequestParser parser =
      new SearchRequestParser(
          RegionCatalog.load(), new QueryProperties(null, null, null, LIMITS, null));

  static MultiValueMap<String, String> params(String... pairs) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      params.add(pairs[i], pairs[i + 1]);
    }
    return params;
  }

  static List<String> fields(Runnable parse) {
    try {
      parse.run();
    } catch (InvalidRequestException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("no InvalidRequestException");
  }

  @Test
  void defaultsAreRelevanceAndTwentyPerPage() {
    SearchCriteria c = parser.parse(params());
    assertThat(c.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(c.size()).isEqualTo(20);
    assertThat(c.hasText()).isFalse();
    assertThat(c.filters()).isEmpty();
  }

  @Test
  void filtersTakeRepeatedAndCommaSeparatedValuesCaseInsensitively() {
    SearchCriteria c =
        parser.parse(
            params(
                "stage",
                "uji_coba,PENERAPAN",
                "stage",
                "usulan",
                "province",
                "35",
                "digital",
                "TRUE"));
    assertThat(c.values(Facet.STAGE)).containsExactlyInAnyOrder("UJI_COBA", "PENERAPAN", "USULAN");
    assertThat(c.values(Facet.PROVINCE)).containsExactly("35");
    assertThat(c.values(Facet.DIGITAL)).containsExactly("true");
  }

  @Test
  void everyBadParameterIsReportedAtOnce() {
    assertThat(
            fields(
                () ->
                    parser.parse(
                        params(
                            "size", "101",
                            "stage", "SELESAI",
                            "province", "35.79",
                            "region", "35",
                            "affair", "PARIWISATA,ASTRONOMI",
                            "digital", "ya",
                            "proposedFrom", "kemarin",
                            "colour", "red"))))
        .containsExactlyInAnyOrder(
            "size", "stage", "province", "region", "affair", "digital", "proposedFrom", "colour");
  }

  @Test
  void sizeZeroAsksForCountsOnly() {
    assertThat(parser.parse(params("size", "0")).size()).isZero();
    assertThat(fields(() -> parser.parse(params("size", "-1")))).containsExactly("size");
    assertThat(fields(() -> parser.parse(params("size", "lots")))).containsExactly("size");
  }

  @Test
  void aRangeMustNotRunBackwards() {
    assertThat(
            fields(
                () ->
                    parser.parse(
                        params("implementedFrom", "2024-12-31", "implementedTo", "2024-01-01"))))
        .containsExactly("implementedFrom");
    SearchCriteria c =
        parser.parse(params("implementedFrom", "2024-01-01", "implementedTo", "2024-12-31"));
    assertThat(c.implementedFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(c.values(Facet.IMPLEMENTED_YEAR)).isNotEmpty();
  }

  @Test
  void singleValuedParametersMayNotRepeat() {
    assertThat(fields(() -> parser.parse(params("q", "a", "q", "b")))).containsExactly("q");
  }

  @Test
  void aCursorMustBelongToTheSameQuery() {
    SearchCriteria first = parser.parse(params("q", "layanan", "stage", "PENERAPAN"));
    String cursor =
        new SearchCursor(
                "pit-1", List.of(FieldValue.of(1.5), FieldValue.of("id-9")), first.fingerprint())
            .encode();

    SearchCriteria next =
        parser.parse(params("q", "layanan", "stage", "PENERAPAN", "size", "5", "cursor", cursor));
    assertThat(next.cursor().pitId()).isEqualTo("pit-1");
    assertThat(fields(() -> parser.parse(params("q", "lain", "cursor", cursor))))
        .containsExactly("cursor");
    assertThat(fields(() -> parser.parse(params("cursor", "!!")))).containsExactly("cursor");
  }
}
