package id.inovik.query.standings;

import id.inovik.api.region.RegionCatalog;
import org.springframework.stereotype.Component;

/**
 * Holds the live {@link StandingsLedger}; a rebuild swaps in a ledger folded afresh from the
 * topics.
 */
@Component
public class StandingsLedgerHolder {

  private final RegionCatalog regions;
  private volatile StandingsLedger current;

  StandingsLedgerHolder(RegionCatalog regions) {
    this.regions = regions;
    this.current = new StandingsLedger(regions);
  }

  public StandingsLedger current() {
    return current;
  }

  StandingsLedger fresh() {
    return new StandingsLedger(regions);
  }

  void replace(StandingsLedger ledger) {
    this.current = ledger;
  }
}
