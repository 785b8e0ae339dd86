package id.inovik.command.award;

import id.inovik.command.award.lookup.AwardLookup;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The lookup as plain maps, for aggregate fixture tests (the JDBC one is tested end to end). */
public final class InMemoryAwardLookup implements AwardLookup {

  private final Map<String, EditionState> editions = new HashMap<>();
  private final Map<String, String> innovations = new HashMap<>();

  public InMemoryAwardLookup edition(EditionState state) {
    editions.put(state.editionId(), state);
    return this;
  }

  public InMemoryAwardLookup innovation(String innovationId, String regionCode) {
    innovations.put(innovationId, regionCode);
    return this;
  }

  @Override
  public Optional<EditionState> edition(String editionId) {
    return Optional.ofNullable(editions.get(editionId));
  }

  @Override
  public Optional<String> regionOfInnovation(String innovationId) {
    return Optional.ofNullable(innovations.get(innovationId));
  }
}
