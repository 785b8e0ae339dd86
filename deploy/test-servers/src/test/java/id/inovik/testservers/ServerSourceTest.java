package id.inovik.testservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class ServerSourceTest {

  private static boolean docker() {
    return true;
  }

  private static boolean noDocker() {
    return false;
  }

  @Test
  void automaticallyContainersWhenDockerAnswersElseLocal() {
    assertThat(ServerSource.choose(null, ServerSourceTest::docker))
        .isEqualTo(ServerSource.CONTAINERS);
    assertThat(ServerSource.choose(null, ServerSourceTest::noDocker)).isEqualTo(ServerSource.LOCAL);
    assertThat(ServerSource.choose("auto", ServerSourceTest::docker))
        .isEqualTo(ServerSource.CONTAINERS);
    assertThat(ServerSource.choose(" AUTO ", ServerSourceTest::noDocker))
        .isEqualTo(ServerSource.LOCAL);
    assertThat(ServerSource.choose("", ServerSourceTest::noDocker)).isEqualTo(ServerSource.LOCAL);
  }

  @Test
  void thePropertyOverridesWithoutAskingDocker() {
    AtomicInteger asked = new AtomicInteger();
    BooleanSupplier counting =
        () -> {
          asked.incrementAndGet();
          return true;
        };
    assertThat(ServerSource.choose("local", counting)).isEqualTo(ServerSource.LOCAL);
    assertThat(ServerSource.choose("containers", ServerSourceTest::noDocker))
        .isEqualTo(ServerSource.CONTAINERS);
    assertThat(ServerSource.choose("Testcontainers", ServerSourceTest::noDocker))
        .isEqualTo(ServerSource.CONTAINERS);
    assertThat(asked).hasValue(0);
  }

  @Test
  void anUnknownValueIsRefusedWithTheChoices() {
    assertThatThrownBy(() -> ServerSource.choose("kubernetes", ServerSourceTest::docker))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auto, containers or local");
  }

  @Test
  void theContainerImageOfElasticsearchIsTheVersionThePluginIsBuiltFor() {
    assertThat(Containers.elasticsearchVersion()).matches("\\d+\\.\\d+\\.\\d+");
  }
}
