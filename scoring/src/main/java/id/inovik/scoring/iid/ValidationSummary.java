package id.inovik.scoring.iid;

/** How many claimed rows validation accepted, downgraded, zeroed, or has not decided yet. */
public record ValidationSummary(int accepted, int downgraded, int zeroed, int pending) {
  public boolean complete() {
    return pending == 0;
  }
}
