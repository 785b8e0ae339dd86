package id.inovik.query.innovation;

/** Whether an innovation currently runs (aktif) or has stopped (berhenti). */
public enum InnovationStatus {
  AKTIF("Aktif"),
  BERHENTI("Berhenti");

  private final String label;

  InnovationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
