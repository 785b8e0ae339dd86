package id.inovik.api.innovation;

/** Who initiated an innovation (PP 38/2017: the five sources of regional innovation). */
public enum InitiatorKind {
  KEPALA_DAERAH("Kepala Daerah"),
  ANGGOTA_DPRD("Anggota DPRD"),
  PERANGKAT_DAERAH("Perangkat Daerah (OPD)"),
  ASN("Aparatur Sipil Negara"),
  MASYARAKAT("Masyarakat");

  private final String label;

  InitiatorKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
