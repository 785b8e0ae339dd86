package id.inovik.scoring.catalogue;

/** The two IID aspects. */
public enum Aspect {
  /** Satuan Pemerintahan Daerah: region-level indicators 1-15. */
  SPD,
  /** Satuan Inovasi Daerah: indicators 16-35 scored for every innovation. */
  SID
}
