package id.inovik.api.award;

import java.time.LocalDate;

/**
 * When a stage of an edition is planned: from {@code opensOn} to {@code closesOn}, both days
 * included.
 */
public record StageSchedule(AwardStage stage, LocalDate opensOn, LocalDate closesOn) {}
