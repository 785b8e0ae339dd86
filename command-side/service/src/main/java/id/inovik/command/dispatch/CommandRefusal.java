package id.inovik.command.dispatch;

/**
 * A domain exception that refuses a command and names the {@code outcome} tag it is counted under
 * in {@code inovik.commands} ({@code rejected_invalid}, {@code rejected_lifecycle}, ...). Lets a
 * module's own exceptions be counted right without the dispatcher depending on the module.
 */
public interface CommandRefusal {

  /** The outcome tag, e.g. {@code rejected_invalid}. */
  String outcome();
}
