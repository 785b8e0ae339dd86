package id.inovik.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IidExportFileTest {

  private static int generate(String... args) throws Exception {
    return GeneratorCli.run(
        args,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static List<String> lines(Path file) throws IOException {
    // no generated text holds a line break, so one line is one row
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  @Test
  void csvExportHasTheImportsHeadersAndEveryListedInnovation(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("iid.csv");

    assertThat(generate("--scale", "demo", "--seed", "11", "--export-file", file.toString()))
        .isZero();

    GeneratedEdition demo =
        new DatasetGenerator(id.inovik.api.region.RegionCatalog.load(), 11)
            .generate(Scale.DEMO, 2025);
    List<GeneratedInnovation> all =
        demo.regions().stream().flatMap(r -> r.innovations().stream()).toList();
    long listed =
        all.stream().filter(IidExportFile::listed).map(IidExportFile::identity).distinct().count();
    assertThat(listed).isLessThan(all.size()).isPositive();
    List<String> lines = lines(file);
    assertThat(lines.getFirst())
        .isEqualTo(
            "\uFEFFNo,Kode Wilayah,Pemda,Nama Inovasi,Tahapan,Inisiator,Nama Inisiator,Jenis,Bentuk,"
                + "Tematik,Urusan Utama,Urusan Lain,Waktu Uji Coba,Waktu Penerapan,Rancang Bangun,"
                + "Tujuan,Manfaat,Hasil Inovasi,OPD,Anggaran,Video,Nomor SK,Tanggal SK");
    assertThat(lines).hasSize((int) listed + 1);
    GeneratedInnovation first = all.stream().filter(IidExportFile::listed).findFirst().get();
    assertThat(lines.get(1))
        .startsWith("1," + first.profile().regionCode() + ",")
        .contains(first.profile().name())
        .contains(first.stage().label())
        .contains(first.profile().mainAffair().label());
    if (first.implementedOn() != null) {
      assertThat(lines.get(1)).contains("," + first.implementedOn() + ",");
    }
    assertThat(lines).noneMatch(l -> l.contains(",Tidak layak,"));
  }

  @Test
  void theSameSeedWritesTheSameFileAndLimitCutsIt(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Path cut = dir.resolve("cut.csv");
    generate("--seed", "5", "--export-file", a.toString());
    generate("--seed", "5", "--export-file", b.toString());
    generate("--seed", "5", "--export-file", cut.toString(), "--limit", "4");

    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(lines(cut)).hasSize(5).isEqualTo(lines(a).subList(0, 5));
  }

  @Test
  void xlsxExportHoldsTheSameRowsWithDateCells(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("iid.csv");
    Path xlsx = dir.resolve("iid.xlsx");
    generate("--seed", "3", "--export-file", csv.toString());
    generate("--seed", "3", "--export-file", xlsx.toString());

    List<String> lines = lines(csv);
    try (ReadableWorkbook book = new ReadableWorkbook(xlsx.toFile())) {
      List<Row> rows = book.getFirstSheet().read();
      assertThat(rows).hasSize(lines.size());
      assertThat(rows.getFirst().getCellAsString(3)).contains("Nama Inovasi");
      int implemented = IidExportFile.HEADERS.indexOf("Waktu Penerapan");
      Row withDate =
          rows.stream()
              .skip(1)
              .filter(r -> r.getCellAsDate(implemented).isPresent())
              .findFirst()
              .orElseThrow();
      String csvLine = lines.get(withDate.getRowNum() - 1);
      assertThat(csvLine)
          .contains(withDate.getCellAsDate(implemented).get().toLocalDate().toString())
          .contains(withDate.getCellAsString(3).get());
    }
  }

  @Test
  void anExportFileMustBeCsvOrXlsx() throws Exception {
    assertThat(generate("--export-file", "iid.pdf")).isEqualTo(2);
  }

  @Test
  void withClaimsEachRowCarriesItsRegionsSpdAndItsInnovationsClaims(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("iid-claims.csv");
    assertThat(
            generate(
                "--scale",
                "demo",
                "--seed",
                "11",
                "--edition",
                "2026",
                "--export-file",
                file.toString(),
                "--export-claims"))
        .isZero();
    List<String> lines = lines(file);
    List<String> header = List.of(lines.getFirst().split(","));
    assertThat(header)
        .contains("Indikator 1", "Bukti 1", "Indikator 2a", "Bukti 13b", "Indikator 16")
        .contains("Bukti 35", "Dasar Manfaat 33");
    // every header is an indicator column or a profile column the import reads
    header.stream()
        .skip(IidExportFile.HEADERS.size())
        .forEach(h -> assertThat(id.inovik.api.iid.IidIndicatorColumn.ofHeader(h)).isPresent());
    assertThat(lines.get(1)).contains(IidExportFile.EVIDENCE_BASE + "data-dukung/2026/");
  }
}
