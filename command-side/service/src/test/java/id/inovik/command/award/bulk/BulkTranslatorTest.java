package id.inovik.command.award.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inovik.api.award.EvidenceKind;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.ValidationDecision;
import id.inovik.api.award.ValidationOutcome;
import id.inovik.api.award.ValidatorRole;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.submission.Submission.ClaimState;
import id.inovik.command.award.submission.Submission.Decision;
import id.inovik.command.innovation.FieldViolation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BulkTranslatorTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String EVIDENCE =
      "[{\"kind\":\"RESMI\",\"title\":\"SK Bupati\",\"number\":\"188/45\",\"date\":\"2026-03-01\","
          + "\"url\":\"https://jdih.example.go.id/sk.pdf\"}]";

  final BulkTranslator translator = new BulkTranslator(JSON);

  static JsonNode doc(String text) {
    return JSON.readTree(text);
  }

  @Test
  void claimsBecomePartsAndValidationsDecisionsWithTheFilesPaths() {
    List<BulkPlan.Region> plan =
        translator.translate(
            doc(
                """
                {"edition":2026,"regions":[{"code":"35.07",
                  "spd":{"1":{"option":3,"evidence":%s},"2a":0,
                         "8":{"option":3,"evidence":%s,
                              "validation":{"status":"DOWNGRADED","option":2,"note":"WDP"}}},
                  "spdValidation":{"1":"ACCEPTED"},
                  "innovations":[{"id":"inv-1","indicators":{"16":2,"33":{"option":2,"basis":"A"}},
                                  "validation":{"16":"ditolak"}}]}]}
                """
                    .formatted(EVIDENCE, EVIDENCE)),
            2026);
    BulkPlan.Region region = plan.getFirst();
    assertThat(region.path()).isEqualTo("regions[0]");
    assertThat(region.regionCode()).isEqualTo("35.07");
    assertThat(region.spd().claims())
        .as("option 0 is an empty row, not a claim")
        .extracting(IndicatorClaim::indicator)
        .containsExactly("1", "8");
    assertThat(region.spd().claims().getFirst().evidence().getFirst().kind())
        .isEqualTo(EvidenceKind.RESMI);
    BulkPlan.Part innovation = region.innovations().getFirst();
    assertThat(innovation.path()).isEqualTo("regions[0].innovations[0]");
    assertThat(innovation.innovationId()).isEqualTo("inv-1");
    assertThat(innovation.claims().get(1).benefitBasis()).isEqualTo("A");
    assertThat(innovation.claims().getFirst().evidence()).isEmpty();
    assertThat(region.decisions())
        .containsExactly(
            new BulkPlan.Decision(
                "regions[0].spdValidation.1", null, "1", ValidationOutcome.ACCEPTED, 3, null),
            new BulkPlan.Decision(
                "regions[0].spd.8.validation", null, "8", ValidationOutcome.DOWNGRADED, 2, "WDP"),
            new BulkPlan.Decision(
                "regions[0].innovations[0].validation.16",
                "inv-1",
                "16",
                ValidationOutcome.ZEROED,
                0,
                null));
  }

  @Test
  void aFileTheScoringReaderRefusesIsRefusedWithEveryField() {
    assertThatThrownBy(
            () ->
                translator.translate(
                    doc(
                        """
                        {"edition":2025,"regions":[{"code":"35.07","spd":{"1":4},
                          "innovations":[{"indicators":{"16":{"option":1,"evidence":[{"kind":"PDF"}]}}}]}]}
                        """),
                    2026))
        .isInstanceOf(InvalidAwardInputException.class)
        .extracting(e -> ((InvalidAwardInputException) e).violations())
        .satisfies(
            v ->
                assertThat(v)
                    .extracting(FieldViolation::field)
                    .containsExactlyInAnyOrder("regions[0].spd.1", "regions[0].innovations[0].id"));
    assertThatThrownBy(
            () ->
                translator.translate(
                    doc(
                        """
                        {"edition":2025,"region":{"code":"35.07",
                          "spd":{"1":{"option":1,"evidence":[{"kind":"PDF","title":"x"}]}}}}
                        """),
                    2026))
        .isInstanceOf(InvalidAwardInputException.class)
        .extracting(e -> ((InvalidAwardInputException) e).violations())
        .satisfies(
            v ->
                assertThat(v)
                    .extracting(FieldViolation::field)
                    .containsExactly("edition", "region.spd.1.evidence[0]"));
  }

  @Test
  void aScoreGivenInsteadOfClaimsIsARefusedItem() {
    BulkPlan.Region region =
        translator
            .translate(
                doc(
                    """
                    {"regions":[{"code":"35.07","spdScore":40,
                      "innovations":[{"id":"inv-1","sidScore":60}]}]}
                    """),
                2026)
            .getFirst();
    assertThat(region.spd()).isNull();
    assertThat(region.innovations()).isEmpty();
    assertThat(region.refused())
        .extracting(BulkPlan.Refusal::field)
        .containsExactly("regions[0].spdScore", "regions[0].innovations[0].sidScore");
  }

  @Test
  void aRuleViolationIsReportedAtItsPlaceInTheFile() {
    BulkPlan.Part part =
        new BulkPlan.Part(
            "regions[2].innovations[4]", "regions[2].innovations[4].indicators", "inv", List.of());
    assertThat(
            BulkSubmissionService.claimRefusal(
                    part, new FieldViolation("claims.33.benefitBasis", "is required"), "x")
                .field())
        .isEqualTo("regions[2].innovations[4].indicators.33.basis");
    assertThat(
            BulkSubmissionService.claimRefusal(
                    part, new FieldViolation("innovationId", "is not registered"), "x")
                .field())
        .isEqualTo("regions[2].innovations[4].id");
  }

  static ClaimState claimed(int option, Decision verifier, Decision qualityControl) {
    return new ClaimState(
        new IndicatorClaim("16", option, null, List.of()), verifier, qualityControl);
  }

  static Decision decided(ValidationOutcome outcome, int option, String note) {
    return new Decision("someone", outcome, option, note, Instant.EPOCH);
  }

  @Test
  void qualityControlAgreeingWithTheVerifierConfirmsAndARepeatIsNotSent() {
    BulkPlan.Decision downgrade =
        new BulkPlan.Decision("p", "inv", "16", ValidationOutcome.DOWNGRADED, 1, "lemah");
    Decision verifier = decided(ValidationOutcome.DOWNGRADED, 1, "lemah");

    assertThat(
            BulkSubmissionService.decision(
                downgrade, claimed(3, null, null), ValidatorRole.VERIFIER))
        .isEqualTo(new ValidationDecision("inv", "16", ValidationOutcome.DOWNGRADED, 1, "lemah"));
    assertThat(
            BulkSubmissionService.decision(
                downgrade, claimed(3, verifier, null), ValidatorRole.VERIFIER))
        .as("the verifier already decided the same")
        .isNull();
    assertThat(
            BulkSubmissionService.decision(
                downgrade, claimed(3, verifier, null), ValidatorRole.QUALITY_CONTROL))
        .isEqualTo(new ValidationDecision("inv", "16", ValidationOutcome.CONFIRMED, null, "lemah"));
    assertThat(
            BulkSubmissionService.decision(
                new BulkPlan.Decision("p", "inv", "16", ValidationOutcome.ACCEPTED, 3, null),
                claimed(3, verifier, null),
                ValidatorRole.QUALITY_CONTROL))
        .as("quality control overrides a verifier it disagrees with")
        .isEqualTo(new ValidationDecision("inv", "16", ValidationOutcome.ACCEPTED, null, null));
  }
}
