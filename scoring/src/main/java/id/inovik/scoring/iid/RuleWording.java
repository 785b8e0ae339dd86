package id.inovik.scoring.iid;

import id.inovik.scoring.catalogue.MandatoryRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules' explanations in Indonesian, from {@link RuleFacts}: one {@link RuleExplanation} per
 * rule, with a stable code, the rule's name, whether it changed the score, and its numbers in
 * words. Shared by the scoring CLI and any service that explains a region's score.
 */
public final class RuleWording {

  private RuleWording() {}

  /** The explanations in the order the CLI has always listed them. */
  public static List<RuleExplanation> explain(RuleFacts f) {
    List<RuleExplanation> rules = new ArrayList<>();
    rules.add(divisor(f));
    rules.add(countScore(f));
    if (f.basicService() != null) {
      rules.add(basicServices(f));
    }
    rules.add(mandatory(f));
    rules.add(validation(f));
    return rules;
  }

  private static RuleExplanation divisor(RuleFacts f) {
    int k = f.divisorMinimum();
    IidScore validated = f.validated();
    int n = validated.innovations();
    return new RuleExplanation(
        "pembagi",
        "Pembagi SID = MAX(k, n)",
        k > n,
        "k = "
            + k
            + ", n = "
            + n
            + ", pembagi = "
            + validated.divisor()
            + (k > n
                ? "; jumlah SID_j "
                    + validated
                        .sidIndicatorPart()
                        .multiply(BigDecimal.valueOf(k))
                        .setScale(2, RoundingMode.HALF_UP)
                    + " dibagi "
                    + k
                    + " seolah ada "
                    + k
                    + " inovasi"
                : "; jumlah SID_j dibagi n (rata-rata kematangan)")
            + sideNote(
                f.claimed().divisor() != validated.divisor(),
                "pembagi klaim " + f.claimed().divisor()));
  }

  private static RuleExplanation countScore(RuleFacts f) {
    IidScore validated = f.validated();
    int n = validated.innovations();
    int cap = f.countCap();
    String formula = BigDecimal.valueOf(f.countPointsHundredths(), 2) + " x min(n, " + cap + ")";
    return new RuleExplanation(
        "skor-jumlah-inovasi",
        "Skor jumlah inovasi = " + formula,
        n > cap || !validated.basicServiceRuleMet(),
        formula.replace("n,", n + ",")
            + " = "
            + BigDecimal.valueOf(f.countPointsHundredths() * Math.min(n, cap), 2)
            + (n > cap
                ? "; " + (n - cap) + " inovasi di atas batas " + cap + " tidak menambah skor"
                : "")
            + (validated.basicServiceRuleMet()
                ? ""
                : "; hangus karena aturan urusan pelayanan dasar"));
  }

  private static RuleExplanation basicServices(RuleFacts f) {
    RuleFacts.BasicServiceCoverage basic = f.basicService();
    IidScore validated = f.validated();
    int n = validated.innovations();
    long lost =
        validated.basicServiceRuleMet() ? 0 : f.countPointsHundredths() * Math.min(n, f.countCap());
    return new RuleExplanation(
        "urusan-pelayanan-dasar",
        "Cakupan urusan wajib pelayanan dasar (minimal "
            + basic.minimumCovered()
            + " dari "
            + basic.affairs()
            + ")",
        !validated.basicServiceRuleMet(),
        "tercakup "
            + basic.covered().size()
            + ": "
            + basic.covered()
            + (basic.missing().isEmpty() ? "" : "; tidak tercakup: " + basic.missing())
            + (validated.basicServiceRuleMet()
                ? "; syarat terpenuhi"
                : "; syarat tidak terpenuhi, skor jumlah inovasi "
                    + BigDecimal.valueOf(lost, 2)
                    + " hangus")
            + sideNote(
                f.claimed().basicServiceRuleMet() != validated.basicServiceRuleMet(),
                "klaim: " + f.claimed().basicServicesCovered() + " tercakup"));
  }

  private static RuleExplanation mandatory(RuleFacts f) {
    List<String> affected =
        f.mandatoryMissing().stream()
            .map(gap -> gap.innovationId() + " " + gap.indicatorCodes())
            .toList();
    return new RuleExplanation(
        "indikator-wajib",
        "Indikator wajib kosong atau ditolak (" + f.mandatoryRule() + ")",
        !affected.isEmpty(),
        affected.isEmpty()
            ? "semua indikator wajib terisi"
            : affected.size()
                + " inovasi: "
                + String.join("; ", affected)
                + " -> "
                + mandatoryEffect(f.mandatoryRule()));
  }

  private static RuleExplanation validation(RuleFacts f) {
    ValidationSummary v = f.validation();
    return new RuleExplanation(
        "validasi",
        "Validasi bukti dukung",
        v.downgraded() + v.zeroed() > 0,
        v.accepted()
            + " diterima, "
            + v.downgraded()
            + " diturunkan, "
            + v.zeroed()
            + " dinolkan, "
            + v.pending()
            + " belum divalidasi; IID klaim "
            + f.claimed().iid()
            + " -> tervalidasi "
            + f.validated().iid());
  }

  private static String mandatoryEffect(MandatoryRule rule) {
    return switch (rule) {
      case ROW_ZERO -> "baris bernilai 0";
      case INNOVATION_ZERO -> "SID_j inovasi menjadi 0, tetap dihitung dalam n";
      case INNOVATION_EXCLUDED -> "inovasi tidak dihitung (n, jumlah SID_j, cakupan urusan)";
    };
  }

  private static String sideNote(boolean differs, String text) {
    return differs ? " (" + text + ")" : "";
  }
}
