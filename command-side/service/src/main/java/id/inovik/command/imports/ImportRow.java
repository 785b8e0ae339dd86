package id.inovik.command.imports;

import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationStage;
import java.time.LocalDate;

/**
 * A valid row: the profile to propose and what it takes to bring the innovation to the row's stage.
 *
 * @param stage inisiatif, uji coba or penerapan
 * @param decreeNumber the regional-head decree establishing it (a placeholder when not given)
 * @param decreeDate the decree date, also used as the review date
 * @param trialDate start of the trial (uji coba and penerapan rows)
 * @param implementationDate start of implementation (penerapan rows)
 * @param claims the row's indicator claims ({@link RowClaims#NONE} when the import claims nothing)
 */
record ImportRow(
    int row,
    InnovationProfile profile,
    InnovationStage stage,
    String decreeNumber,
    LocalDate decreeDate,
    LocalDate trialDate,
    LocalDate implementationDate,
    RowClaims claims) {}
