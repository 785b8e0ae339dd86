package id.inovik.api.innovation;

/**
 * Where an innovation stands in its lifecycle (docs/domain/lifecycle.md#in-a-region). The last
 * three are the stages (tahapan) the IID application records.
 */
public enum InnovationStage {
  /** Proposal submitted, awaiting the regional R&amp;D team's review. */
  USULAN("Usulan"),
  /** Reviewed and found feasible (layak); awaiting the regional-head decree. */
  LAYAK("Layak"),
  /** Reviewed and found not feasible (tidak layak); final. */
  TIDAK_LAYAK("Tidak layak"),
  /** Established by decree; the IID stage "inisiatif". */
  INISIATIF("Inisiatif"),
  /** On trial (uji coba). */
  UJI_COBA("Uji coba"),
  /** Implemented (penerapan). */
  PENERAPAN("Penerapan");

  private final String label;

  InnovationStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
