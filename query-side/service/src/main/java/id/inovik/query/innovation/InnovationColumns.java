package id.inovik.query.innovation;

import id.inovik.api.innovation.GovernmentAffair;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of an innovation list: the headers of an IID export that the command side's import
 * reads (Nama Inovasi, Kode Wilayah, Pemda, Tahapan, ...), with values written as the import
 * understands them (Indonesian labels, ISO dates, rupiah as a number, several themes or affairs
 * separated by "; "), so an exported file can be imported again. Columns the import does not know
 * (Provinsi, Status, Tanggal Diusulkan, ID Inovik) are listed by an import as ignored.
 *
 * <p>Waktu Uji Coba and Waktu Penerapan are the profile's planned dates, or the dates the stage was
 * reached when the profile has none. An import takes these columns as the planned dates and as the
 * stage dates, so an innovation that came from an import exports exactly the profile it was created
 * with, and importing the export again finds every row a duplicate.
 */
public final class InnovationColumns {

  /** Proposal dates are shown as days in Indonesia's western time zone (WIB). */
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  public static final List<String> HEADERS =
      List.of(
          "Kode Wilayah",
          "Pemda",
          "Provinsi",
          "Nama Inovasi",
          "Tahapan",
          "Status",
          "Inisiator",
          "Nama Inisiator",
          "Jenis",
          "Bentuk",
          "Tematik",
          "Urusan Utama",
          "Urusan Lain",
          "Waktu Uji Coba",
          "Waktu Penerapan",
          "Rancang Bangun",
          "Tujuan",
          "Manfaat",
          "Hasil Inovasi",
          "OPD",
          "Anggaran",
          "Video",
          "Nomor SK",
          "Tanggal SK",
          "Tanggal Diusulkan",
          "ID Inovik");

  private InnovationColumns() {}

  public static List<Object> row(InnovationDocument d) {
    List<Object> row = new ArrayList<>(HEADERS.size());
    row.add(d.regionCode());
    row.add(d.regionName());
    row.add(d.provinceName());
    row.add(d.name());
    row.add(d.stage() == null ? null : d.stage().label());
    row.add(d.status() == null ? null : d.status().label());
    row.add(d.initiatorKind() == null ? null : d.initiatorKind().label());
    row.add(d.initiatorName());
    row.add(d.digital() ? "Digital" : "Non Digital");
    row.add(d.form() == null ? null : d.form().label());
    row.add(d.themes().isEmpty() ? null : String.join("; ", d.themes()));
    row.add(d.mainAffair() == null ? null : d.mainAffair().label());
    row.add(
        d.relatedAffairs().isEmpty()
            ? null
            : d.relatedAffairs().stream()
                .map(GovernmentAffair::label)
                .collect(Collectors.joining("; ")));
    row.add(first(d.plannedTrialDate(), d.trialStartedOn()));
    row.add(first(d.plannedImplementationDate(), d.implementedOn()));
    row.add(d.design());
    row.add(d.goals());
    row.add(d.benefits());
    row.add(d.results());
    row.add(d.owningAgency());
    row.add(d.budget());
    row.add(d.videoUrl());
    row.add(d.decreeNumber());
    row.add(d.decreeDate());
    row.add(d.proposedAt() == null ? null : LocalDate.ofInstant(d.proposedAt(), WIB));
    row.add(d.id());
    return row;
  }

  private static LocalDate first(LocalDate planned, LocalDate reached) {
    return planned != null ? planned : reached;
  }
}
