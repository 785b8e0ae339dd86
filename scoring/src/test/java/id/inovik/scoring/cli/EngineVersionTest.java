package id.inovik.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EngineVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards {@link EngineVersion}: the scores and ranks of the shipped example under every shipped
 * rubric are pinned to the engine version. A change that moves any of them fails here; whoever
 * makes it bumps {@link EngineVersion#CURRENT} and re-pins {@link #PINNED} in the same commit, so
 * that rankings recorded earlier keep naming the arithmetic that produced them.
 */
class EngineVersionTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Engine version → digest of the example's results; re-pin together with the version. */
  private static final String PINNED_VERSION = "iid-engine/1";

  private static final String PINNED =
      "485d6867f02d1d9f3abf635733b0b748c493579ce97344e872f7c4ee84bc2d32";

  @Test
  void theExampleScoresAsPinnedForThisEngineVersion() throws Exception {
    String example =
        Files.readString(Path.of("examples/submission-2026.json"), StandardCharsets.UTF_8);
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (int year : RubricCatalogue.SHIPPED_EDITIONS) {
      JsonNode result = score(example, "--edition", String.valueOf(year), "--summary", "--compact");
      for (JsonNode region : result.get("regions")) {
        String line =
            year
                + " "
                + region.get("region").get("code").asString()
                + " "
                + region.at("/claimed/iid").decimalValue().toPlainString()
                + " "
                + region.at("/validated/iid").decimalValue().toPlainString()
                + " "
                + region.at("/validated/predikat").asString()
                + "\n";
        digest.update(line.getBytes(StandardCharsets.UTF_8));
      }
      List<JsonNode> rankings = new ArrayList<>();
      rankings.add(result.at("/rankings/national"));
      result.at("/rankings/categories").forEach(rankings::add);
      for (JsonNode category : rankings) {
        for (JsonNode entry : category.get("entries")) {
          String line =
              category.get("category").asString()
                  + " "
                  + entry.at("/standing/regionCode").asString()
                  + " "
                  + entry.get("rank").asString()
                  + "\n";
          digest.update(line.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    assertThat(EngineVersion.CURRENT)
        .as("bump EngineVersion.CURRENT and re-pin when results change")
        .isEqualTo(PINNED_VERSION);
    assertThat(actual)
        .as(
            "the example's results changed: bump EngineVersion.CURRENT, then set PINNED_VERSION"
                + " and PINNED here")
        .isEqualTo(PINNED);
  }

  @Test
  void rubricFingerprintsDifferPerEditionAndAreStable() {
    RubricCatalogue catalogue = RubricCatalogue.standard();
    assertThat(catalogue.fingerprint(2026)).startsWith("sha256:").hasSize(7 + 64);
    assertThat(catalogue.fingerprint(2026)).isNotEqualTo(catalogue.fingerprint(2023));
    assertThat(catalogue.fingerprint(2026)).isEqualTo(RubricCatalogue.standard().fingerprint(2026));
  }

  private static JsonNode score(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        ScoringCli.run(
            args,
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    return JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }
}
