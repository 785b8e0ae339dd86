package id.inovik.command.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends commands and waits for the result; counts each command by outcome ({@code inovik.commands},
 * tags {@code command} and {@code outcome}) and unwraps Axon's wrapper so the problem handler sees
 * the domain exception.
 */
@Component
public class CommandDispatcher {

  private final CommandGateway gateway;
  private final MeterRegistry meters;

  CommandDispatcher(CommandGateway gateway, MeterRegistry meters) {
    this.gateway = gateway;
    this.meters = meters;
  }

  public <R> R send(Object command) {
    String name = command.getClass().getSimpleName();
    try {
      R result = gateway.sendAndWait(command);
      count(name, "accepted");
      return result;
    } catch (Throwable e) {
      rethrow(e, name);
      throw new IllegalStateException("unreachable");
    }
  }

  /** Counts the failure by its outcome and rethrows the underlying cause. */
  public void rethrow(Throwable error, String commandName) {
    Throwable cause = unwrap(error);
    count(commandName, ProblemHandler.outcomeOf(cause));
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(cause);
  }

  private static Throwable unwrap(Throwable e) {
    Throwable current = e;
    while (current instanceof CommandExecutionException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private void count(String command, String outcome) {
    meters.counter("inovik.commands", "command", command, "outcome", outcome).increment();
  }
}
