package id.inovik.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.region.RegionCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generator to command API boundary: a proposal's body is the generated profile. */
class CommandApiLoaderTest {

  private final CommandApiLoader loader =
      new CommandApiLoader(
          URI.create("http://127.0.0.1:1"),
          1,
          0,
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

  @Test
  void aProposalSendsTheGeneratedProfileUnderTheApisFieldNames() {
    List<GeneratedInnovation> demo =
        new DatasetGenerator(RegionCatalog.load(), 7)
            .generate(Scale.DEMO, 2025).regions().stream()
                .flatMap(r -> r.innovations().stream())
                .toList();
    List<String> fields =
        Arrays.stream(InnovationProfile.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
    JsonMapper json = JsonMapper.builder().build();

    for (GeneratedInnovation innovation : demo) {
      JsonNode body = loader.profile(innovation);

      assertThat(json.treeToValue(body, InnovationProfile.class)).isEqualTo(innovation.profile());
      assertThat(fields).containsAll(body.propertyNames());
      assertThat(body.get("initiator").propertyNames()).containsExactlyInAnyOrder("kind", "name");
      assertThat(body.get("mainAffair").asString())
          .isEqualTo(innovation.profile().mainAffair().name());
      assertThat(body.has("plannedTrialDate")).as("no null fields").isFalse();
    }
    assertThat(demo).anyMatch(i -> i.profile().results() == null);
  }
}
