package id.inovik.query.region;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.query.export.ExportFormat;
import id.inovik.query.export.TableWriter;
import id.inovik.query.innovation.InnovationColumns;
import id.inovik.query.innovation.search.InnovationExporter;
import id.inovik.query.web.InvalidRequestException;
import id.inovik.query.web.NotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A region's profile as a file: who it is, its innovations counted by tahapan, urusan utama, jenis
 * and year, and the list of its innovations. XLSX has one sheet per table; CSV has the same tables
 * as sections, each after a line with its title and separated by an empty line. The innovations are
 * the pemda's own (regionCode = the code; a province's profile does not include its
 * kabupaten/kota).
 */
@RestController
@RequestMapping("/api/regions")
class RegionProfileController {

  private final RegionCatalog regions;
  private final RegionCounts regionCounts;
  private final InnovationExporter exporter;

  RegionProfileController(
      RegionCatalog regions, RegionCounts regionCounts, InnovationExporter exporter) {
    this.regions = regions;
    this.regionCounts = regionCounts;
    this.exporter = exporter;
  }

  @GetMapping("/{code}/profile")
  ResponseEntity<StreamingResponseBody> profile(
      @PathVariable String code, @RequestParam Map<String, String> params) throws IOException {
    for (String name : params.keySet()) {
      if (!name.equals("format")) {
        throw new InvalidRequestException(name, "is not a known parameter; known: [format]");
      }
    }
    ExportFormat format = ExportFormat.of(params.get("format"));
    Region region =
        regions
            .find(code.strip())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Region not found", "No province, kabupaten or kota with code " + code));
    // Counted before the response starts, so an unreachable index is a 503 problem, not a
    // truncated file.
    Map<String, Map<String, Long>> counts = regionCounts.regionCounts(region.code());
    StreamingResponseBody body =
        out -> {
          try (TableWriter writer = format.openSections(out)) {
            write(writer, region, counts);
          }
        };
    String name = "profil-" + region.code().replace('.', '-');
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(format.fileName(name)).build().toString())
        .body(body);
  }

  private void write(TableWriter writer, Region region, Map<String, Map<String, Long>> counts)
      throws IOException {
    Map<String, Long> stages = counts.getOrDefault("stage", Map.of());
    long total = stages.values().stream().mapToLong(Long::longValue).sum();
    writer.table(
        "Wilayah",
        List.of(
            "Kode Wilayah",
            "Nama Pemda",
            "Jenis",
            "Kode Provinsi",
            "Provinsi",
            "Kelompok Pulau",
            "Daerah Otonom",
            "Jumlah Inovasi"));
    writer.row(
        List.of(
            region.code(),
            region.name(),
            region.type().label(),
            region.provinceCode(),
            region.provinceName(),
            region.islandGroup().label(),
            region.autonomous() ? "Ya" : "Tidak",
            total));

    writer.table("Per Tahapan", List.of("Tahapan", "Jumlah Inovasi"));
    for (InnovationStage stage : InnovationStage.values()) {
      writer.row(List.of(stage.label(), stages.getOrDefault(stage.name(), 0L)));
    }

    writer.table("Per Urusan", List.of("Urusan Utama", "Jumlah Inovasi"));
    for (var e : counts.getOrDefault("mainAffair", Map.of()).entrySet()) {
      writer.row(List.of(affairLabel(e.getKey()), e.getValue()));
    }

    Map<String, Long> digital = counts.getOrDefault("digital", Map.of());
    writer.table("Per Jenis", List.of("Jenis", "Jumlah Inovasi"));
    writer.row(List.of("Digital", digital.getOrDefault("true", 0L)));
    writer.row(List.of("Non Digital", digital.getOrDefault("false", 0L)));

    Map<String, Long> proposed = counts.getOrDefault("proposedYear", Map.of());
    Map<String, Long> implemented = counts.getOrDefault("implementedYear", Map.of());
    TreeSet<String> years = new TreeSet<>(proposed.keySet());
    years.addAll(implemented.keySet());
    writer.table("Per Tahun", List.of("Tahun", "Diusulkan", "Diterapkan"));
    for (String year : years) {
      writer.row(
          List.of(
              Integer.parseInt(year),
              proposed.getOrDefault(year, 0L),
              implemented.getOrDefault(year, 0L)));
    }

    writer.table("Daftar Inovasi", InnovationColumns.HEADERS);
    exporter.exportRegion(region.code(), d -> writer.row(InnovationColumns.row(d)));
  }

  private static String affairLabel(String name) {
    try {
      return GovernmentAffair.valueOf(name).label();
    } catch (IllegalArgumentException e) {
      return name;
    }
  }
}
