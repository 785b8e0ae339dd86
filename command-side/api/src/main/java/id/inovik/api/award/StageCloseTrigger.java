package id.inovik.api.award;

/** What closed a stage. */
public enum StageCloseTrigger {
  /** A command of the committee (closing early, or opening the next stage). */
  COMMAND,
  /** The stage's deadline passed; the service closed it by itself. */
  DEADLINE
}
