package id.inovik.query.innovation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

  @Test
  void sortValuesSurviveTheRoundTripWithTheirKinds() {
    SearchCursor cursor =
        new SearchCursor(
            "46ToAwMDaWR5BXV1aWQy",
            List.of(
                FieldValue.of(2.25),
                FieldValue.of(1_717_200_000_000L),
                FieldValue.of("pelayanan akta"),
                FieldValue.NULL),
            "abc123");

    SearchCursor decoded = SearchCursor.decode(cursor.encode());

    assertThat(decoded.pitId()).isEqualTo("46ToAwMDaWR5BXV1aWQy");
    assertThat(decoded.fingerprint()).isEqualTo("abc123");
    assertThat(decoded.searchAfter().get(0).isDouble()).isTrue();
    assertThat(decoded.searchAfter().get(0).doubleValue()).isEqualTo(2.25);
    assertThat(decoded.searchAfter().get(1).longValue()).isEqualTo(1_717_200_000_000L);
    assertThat(decoded.searchAfter().get(2).stringValue()).isEqualTo("pelayanan akta");
    assertThat(decoded.searchAfter().get(3).isNull()).isTrue();
  }

  @Test
  void anythingElseIsRejected() {
    String notJson =
        Base64.getUrlEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
    String noPit =
        Base64.getUrlEncoder()
            .encodeToString("{\"after\":[1],\"q\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    for (String bad : List.of("%%%", notJson, noPit)) {
      assertThatThrownBy(() -> SearchCursor.decode(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
