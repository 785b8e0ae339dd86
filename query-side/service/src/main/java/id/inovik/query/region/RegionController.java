package id.inovik.query.region;

import id.inovik.api.region.IslandGroup;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionType;
import id.inovik.query.web.InvalidRequestException;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The region reference list (Kemendagri codes), for filters and pickers. */
@RestController
@RequestMapping("/api/regions")
class RegionController {

  private final RegionCatalog regions;

  RegionController(RegionCatalog regions) {
    this.regions = regions;
  }

  @GetMapping("/provinces")
  List<RegionView> provinces() {
    return regions.provinces().stream().map(RegionView::of).toList();
  }

  /** Kabupaten and kota of one province, optionally of one type. */
  @GetMapping
  List<RegionView> regencies(
      @RequestParam(required = false) String province,
      @RequestParam(required = false) String type) {
    if (province == null || province.isBlank()) {
      throw new InvalidRequestException("province", "is required (two digits, e.g. 35)");
    }
    Region found = regions.find(province.strip()).orElse(null);
    if (found == null || found.type() != RegionType.PROVINSI) {
      throw new InvalidRequestException("province", "'" + province + "' is not a province code");
    }
    RegionType wanted = null;
    if (type != null && !type.isBlank()) {
      try {
        wanted = RegionType.valueOf(type.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        wanted = null;
      }
      if (wanted == null || wanted == RegionType.PROVINSI) {
        throw new InvalidRequestException("type", "must be KABUPATEN or KOTA");
      }
    }
    RegionType filter = wanted;
    return regions.regenciesOf(found.code()).stream()
        .filter(r -> filter == null || r.type() == filter)
        .map(RegionView::of)
        .toList();
  }

  /**
   * @param typeLabel Indonesian label of the type
   * @param autonomous false for Jakarta's administrative cities and regency
   * @param islandGroup island group (Sumatera, Jawa, ...), from the province code
   */
  record RegionView(
      String code,
      String name,
      RegionType type,
      String typeLabel,
      String provinceCode,
      String provinceName,
      boolean autonomous,
      IslandGroup islandGroup,
      String islandGroupLabel) {

    static RegionView of(Region r) {
      return new RegionView(
          r.code(),
          r.name(),
          r.type(),
          r.type().label(),
          r.provinceCode(),
          r.provinceName(),
          r.autonomous(),
          r.islandGroup(),
          r.islandGroup().label());
    }
  }
}
