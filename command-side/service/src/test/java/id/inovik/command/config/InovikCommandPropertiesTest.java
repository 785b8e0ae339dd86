package id.inovik.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class InovikCommandPropertiesTest {

  private static InovikCommandProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("inovik", InovikCommandProperties.class);
  }

  @Test
  void topicsDefaultToTheVersionedNames() {
    InovikCommandProperties.TopicNames topics = bind(Map.of()).topics();
    assertThat(topics.innovationEvents()).isEqualTo("inovik.innovation-events.v1");
    assertThat(topics.regionEvents()).isEqualTo("inovik.region-events.v1");
  }

  @Test
  void topicsAreNamedAsOnTheQuerySide() {
    InovikCommandProperties.TopicNames topics =
        bind(Map.of(
                "inovik.topics.innovation-events", "a.v2",
                "inovik.topics.region-events", "b.v2"))
            .topics();
    assertThat(topics.innovationEvents()).isEqualTo("a.v2");
    assertThat(topics.regionEvents()).isEqualTo("b.v2");
  }

  @Test
  void theDeprecatedNamesStillApplyUnlessTheNewOnesAreSet() {
    assertThat(bind(Map.of("inovik.topic", "old.v1", "inovik.region-topic", "old-r.v1")).topics())
        .isEqualTo(
            new InovikCommandProperties.TopicNames("old.v1", "old-r.v1", "inovik.award-events.v1"));
    assertThat(
            bind(Map.of("inovik.topic", "old.v1", "inovik.topics.innovation-events", "new.v1"))
                .topics()
                .innovationEvents())
        .isEqualTo("new.v1");
  }
}
