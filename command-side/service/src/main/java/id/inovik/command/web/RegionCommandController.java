package id.inovik.command.web;

import id.inovik.api.region.ChangeRegionDesignationCommand;
import id.inovik.api.region.InitialListing;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionDesignation;
import id.inovik.command.dispatch.CommandDispatcher;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.InvalidInnovationException;
import id.inovik.command.region.RegionEditionReader;
import id.inovik.command.region.RegionEditionReader.Recorded;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Region reference data and its edition-scoped designations. Reading answers the region with, per
 * designation, whether it holds it in the edition and where that comes from (initial list or a
 * recorded change); changing one is a command that writes an event.
 */
@RestController
@RequestMapping("/api/regions")
class RegionCommandController {

  private final CommandDispatcher dispatcher;
  private final RegionEditionReader editions;
  private final RegionCatalog regions;

  RegionCommandController(
      CommandDispatcher dispatcher, RegionEditionReader editions, RegionCatalog regions) {
    this.dispatcher = dispatcher;
    this.editions = editions;
    this.regions = regions;
  }

  /** Body of a designation change. */
  record DesignationChange(Boolean member, String basis) {}

  /** One designation of a region in an edition. */
  record DesignationView(
      RegionDesignation designation,
      String label,
      boolean member,
      String source,
      String basis,
      String certainty) {}

  /** A region as of one edition. */
  record RegionEditionView(
      String code,
      String name,
      String type,
      String provinceCode,
      String provinceName,
      boolean autonomous,
      String islandGroup,
      int edition,
      long version,
      List<DesignationView> designations) {}

  @GetMapping("/{code}/editions/{edition}")
  RegionEditionView get(@PathVariable String code, @PathVariable int edition) {
    Region region = known(code);
    Optional<Recorded> state = editions.read(ChangeRegionDesignationCommand.idOf(code, edition));
    List<DesignationView> designations = new ArrayList<>();
    for (RegionDesignation d : RegionDesignation.values()) {
      if (!d.appliesTo(region.type())) {
        continue;
      }
      Optional<InitialListing> initial = regions.initialListing(code, d, edition);
      boolean changed = state.map(s -> s.changed().contains(d)).orElse(false);
      boolean member = changed ? state.get().members().contains(d) : initial.isPresent();
      designations.add(
          new DesignationView(
              d,
              d.label(),
              member,
              changed ? "changed by command (see the event log)" : "initial list",
              changed ? null : initial.map(InitialListing::basis).orElse(null),
              changed ? null : initial.map(InitialListing::certainty).orElse(null)));
    }
    return new RegionEditionView(
        region.code(),
        region.name(),
        region.type().name(),
        region.provinceCode(),
        region.provinceName(),
        region.autonomous(),
        region.islandGroup().name(),
        edition,
        state.map(Recorded::version).orElse(-1L),
        designations);
  }

  @PutMapping("/{code}/editions/{edition}/designations/{designation}")
  ResponseEntity<RegionEditionView> change(
      @PathVariable String code,
      @PathVariable int edition,
      @PathVariable String designation,
      @RequestBody DesignationChange body) {
    RegionDesignation parsed = parse(designation);
    if (body.member() == null) {
      throw new InvalidInnovationException(
          List.of(new FieldViolation("member", "is required (true to list, false to unlist)")));
    }
    dispatcher.send(
        new ChangeRegionDesignationCommand(
            ChangeRegionDesignationCommand.idOf(code, edition),
            code,
            edition,
            parsed,
            body.member(),
            body.basis()));
    return ResponseEntity.ok(get(code, edition));
  }

  private Region known(String code) {
    return regions
        .find(code)
        .orElseThrow(
            () ->
                new InvalidInnovationException(
                    List.of(
                        new FieldViolation(
                            "code", "is not a known province, kabupaten or kota code"))));
  }

  private static RegionDesignation parse(String designation) {
    try {
      return RegionDesignation.valueOf(designation.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInnovationException(
          List.of(new FieldViolation("designation", "must be perbatasan or tertinggal")));
    }
  }
}
