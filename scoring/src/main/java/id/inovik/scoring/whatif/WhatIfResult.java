package id.inovik.scoring.whatif;

import java.util.List;

/**
 * The same submissions scored under two editions' rubrics.
 *
 * @param ruleChanges what differs between the rubrics, in words
 * @param regions every region, those that move most first
 * @param movers regions whose rank changes in some category
 * @param predikatChanges regions whose predikat changes
 */
public record WhatIfResult(
    int fromEdition,
    int toEdition,
    List<String> ruleChanges,
    int movers,
    int predikatChanges,
    List<RegionWhatIf> regions) {}
