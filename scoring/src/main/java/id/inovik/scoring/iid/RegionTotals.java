package id.inovik.scoring.iid;

/**
 * The additive state of one region on one side: everything the IID formula needs. Adding or
 * removing an innovation changes it in O(1) (the coverage counts make removal exact).
 *
 * @param spdHundredths SPD points in hundredths
 * @param sidSumHundredths sum of SID_j of the counted innovations, in hundredths
 * @param innovations n
 * @param coveredMask basic-service affairs covered by at least one counted innovation
 */
public record RegionTotals(
    long spdHundredths, long sidSumHundredths, int innovations, int coveredMask) {}
