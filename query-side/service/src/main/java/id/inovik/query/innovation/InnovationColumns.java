package id.inovik.query.innovation;

import id.inovik.api.iid.IidColumn;
import id.inovik.api.innovation.InnovationProfile;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of an innovation list: {@link IidColumn#INOVIK_EXPORT}, the headers of an IID export
 * that the command side's import reads (Nama Inovasi, Kode Wilayah, Pemda, Tahapan, ...) and the
 * read model's own (Provinsi, Status, Tanggal Diusulkan, ID Inovik, which an import lists as
 * ignored), with values written as the import understands them (Indonesian labels, ISO dates,
 * rupiah as a number, several themes or affairs separated by "; "), so an exported file can be
 * imported again.
 *
 * <p>Waktu Uji Coba and Waktu Penerapan are the profile's planned dates, or the dates the stage was
 * reached when the profile has none. An import takes these columns as the planned dates and as the
 * stage dates, so an innovation that came from an import exports exactly the profile it was created
 * with, and importing the export again finds every row a duplicate.
 */
public final class InnovationColumns {

  /** Proposal dates are shown as days in Indonesia's western time zone (WIB). */
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  public static final List<String> HEADERS = IidColumn.headers(IidColumn.INOVIK_EXPORT);

  private InnovationColumns() {}

  /** The document's row, a cell for each of {@link #HEADERS}. */
  public static List<Object> row(InnovationDocument d) {
    InnovationProfile profile = d.profile();
    List<Object> row = new ArrayList<>(HEADERS.size());
    for (IidColumn column : IidColumn.INOVIK_EXPORT) {
      row.add(cell(column, d, profile));
    }
    return row;
  }

  private static Object cell(IidColumn column, InnovationDocument d, InnovationProfile profile) {
    return switch (column) {
      case REGION_NAME -> d.regionName();
      case PROVINCE -> d.provinceName();
      case STAGE -> d.stage() == null ? null : d.stage().label();
      case STATUS -> d.status() == null ? null : d.status().label();
      case TRIAL_DATE -> first(d.plannedTrialDate(), d.trialStartedOn());
      case IMPLEMENTATION_DATE -> first(d.plannedImplementationDate(), d.implementedOn());
      case DECREE_NUMBER -> d.decreeNumber();
      case DECREE_DATE -> d.decreeDate();
      case PROPOSED_ON -> d.proposedAt() == null ? null : LocalDate.ofInstant(d.proposedAt(), WIB);
      case INOVIK_ID -> d.id();
      default -> column.cellOf(profile);
    };
  }

  private static LocalDate first(LocalDate planned, LocalDate reached) {
    return planned != null ? planned : reached;
  }
}
