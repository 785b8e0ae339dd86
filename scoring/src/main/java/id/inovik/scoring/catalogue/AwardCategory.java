package id.inovik.scoring.catalogue;

import id.inovik.scoring.region.Region;
import id.inovik.scoring.region.RegionType;
import java.util.Set;

/**
 * An award category and the data rule that decides membership: a region belongs when its type is
 * listed, or the named flag is set on it, or its province code is listed.
 *
 * @param flag "border", "underdeveloped" or empty
 */
public record AwardCategory(
    String code,
    String label,
    Set<RegionType> regionTypes,
    String flag,
    Set<String> provinceCodes,
    Provenance provenance) {

  public AwardCategory {
    regionTypes = Set.copyOf(regionTypes);
    provinceCodes = Set.copyOf(provinceCodes);
    flag = flag == null ? "" : flag;
    if (!flag.isEmpty() && !flag.equals("border") && !flag.equals("underdeveloped")) {
      throw new IllegalArgumentException("unknown category flag " + flag);
    }
  }

  public boolean matches(Region region) {
    return regionTypes.contains(region.type())
        || (flag.equals("border") && region.border())
        || (flag.equals("underdeveloped") && region.underdeveloped())
        || provinceCodes.contains(region.provinceCode());
  }
}
