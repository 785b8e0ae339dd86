package id.inovik.command.award;

import id.inovik.command.award.lookup.AwardLookup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The lookup as plain maps, for aggregate fixture tests (the JDBC one is tested end to end). */
public final class InMemoryAwardLookup implements AwardLookup {

  private final Map<String, EditionState> editions = new HashMap<>();
  private final Map<String, String> innovations = new HashMap<>();
  private final Set<String> nominees = new HashSet<>();
  private final Map<String, Map<String, String>> proposals = new HashMap<>();

  /** Declares a nominee of the edition (in some category). */
  public InMemoryAwardLookup nominee(String editionId, String regionCode) {
    nominees.add(editionId + " " + regionCode);
    return this;
  }

  /** Enters a proposal of {@code regionCode} to a jury-only edition. */
  public InMemoryAwardLookup proposal(String editionId, String innovationId, String regionCode) {
    proposals.computeIfAbsent(editionId, e -> new TreeMap<>()).put(innovationId, regionCode);
    return this;
  }

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

  @Override
  public boolean isNominee(String editionId, String regionCode) {
    return nominees.contains(editionId + " " + regionCode);
  }

  @Override
  public Optional<String> regionOfProposal(String editionId, String innovationId) {
    return Optional.ofNullable(proposals.getOrDefault(editionId, Map.of()).get(innovationId));
  }

  @Override
  public List<String> proposals(String editionId) {
    return new ArrayList<>(proposals.getOrDefault(editionId, Map.of()).keySet());
  }
}
