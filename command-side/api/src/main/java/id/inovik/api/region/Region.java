package id.inovik.api.region;

/**
 * A regional government (pemda) from the Kemendagri area codes.
 *
 * @param code {@code PP} for a province, {@code PP.RR} for a kabupaten or kota
 * @param name official name, e.g. "Kota Batu"
 * @param type provinsi, kabupaten or kota
 * @param provinceCode the province's code (equal to {@code code} for a province)
 * @param provinceName the province's name
 * @param autonomous false for Jakarta's administrative cities and regency, which are not daerah
 *     otonom
 * @param islandGroup the island group, from the province code
 */
public record Region(
    String code,
    String name,
    RegionType type,
    String provinceCode,
    String provinceName,
    boolean autonomous,
    IslandGroup islandGroup) {}
