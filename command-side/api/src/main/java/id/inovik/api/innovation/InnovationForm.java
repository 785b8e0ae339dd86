package id.inovik.api.innovation;

/** Form (bentuk) of a regional innovation under PP 38/2017. */
public enum InnovationForm {
  TATA_KELOLA_PEMERINTAHAN("Inovasi tata kelola pemerintahan daerah"),
  PELAYANAN_PUBLIK("Inovasi pelayanan publik"),
  LAINNYA("Inovasi daerah lainnya");

  private final String label;

  InnovationForm(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
