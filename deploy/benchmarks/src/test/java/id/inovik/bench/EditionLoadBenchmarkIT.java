package id.inovik.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.bench.EditionLoadBenchmark.Options;
import id.inovik.bench.EditionLoadBenchmark.Result;
import org.junit.jupiter.api.Test;

/**
 * The edition benchmark scaled down to 20 regions against the real PostgreSQL and an in-process
 * Kafka broker: checks what it loads, not how fast (the full run is
 * deploy/bin/inovik-bench-edition).
 */
class EditionLoadBenchmarkIT {

  @Test
  void twentyRegionsLoadThroughTheBulkEndpointWithNothingRefused() throws Exception {
    Result result = EditionLoadBenchmark.run(new Options(20, 8, 2025, 2025, 1, 2));

    assertThat(result.regions()).isEqualTo(20);
    assertThat(result.claims().regions()).isEqualTo(20);
    assertThat(result.claims().refused()).isZero();
    assertThat(result.claims().unchanged()).isZero();
    assertThat(result.claims().written())
        .as("the SPD of each region and every innovation: one event each")
        .isEqualTo(20 + result.innovations());
    assertThat(result.claims().events()).isEqualTo(result.claims().written());
    assertThat(result.claims().items()).isGreaterThan(15L * result.innovations());

    assertThat(result.validations().refused()).isZero();
    assertThat(result.validations().written()).isEqualTo((int) result.validations().items());
    assertThat(result.validations().events()).as("one batch of decisions per region").isEqualTo(20);
    assertThat(result.pgBatchRowsPerSecond()).isPositive();
  }
}
