package id.inovik.scoring.iid;

import java.math.BigDecimal;

/** Validated minus claimed, per published number (negative: points lost in validation). */
public record Delta(BigDecimal spd, BigDecimal sid, BigDecimal total, BigDecimal iid) {
  static Delta between(IidScore claimed, IidScore validated) {
    return new Delta(
        validated.spd().subtract(claimed.spd()),
        validated.sid().subtract(claimed.sid()),
        validated.total().subtract(claimed.total()),
        validated.iid().subtract(claimed.iid()));
  }
}
