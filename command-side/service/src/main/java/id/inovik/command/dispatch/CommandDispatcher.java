package id.inovik.command.dispatch;

import id.inovik.command.innovation.IdempotencyKeyReusedException;
import id.inovik.command.innovation.InvalidInnovationException;
import id.inovik.command.innovation.LifecycleViolationException;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Sends commands and waits for the result; counts each command by outcome ({@code inovik.commands},
 * tags {@code command} and {@code outcome}) and unwraps Axon's wrapper so the problem handler sees
 * the domain exception. The web controllers and the spreadsheet import both send through it.
 */
@Component
public class CommandDispatcher {

  private final CommandGateway gateway;
  private final MeterRegistry meters;

  CommandDispatcher(CommandGateway gateway, MeterRegistry meters) {
    this.gateway = gateway;
    this.meters = meters;
  }

  /** Sends {@code command}, counted under its class name. */
  @SuppressWarnings("TypeParameterUnusedInFormals") // as CommandGateway.sendAndWait: caller knows
  public <R> R send(Object command) {
    return send(command.getClass().getSimpleName(), command);
  }

  /** Sends {@code command}, counted under {@code name}. */
  @SuppressWarnings("TypeParameterUnusedInFormals") // as CommandGateway.sendAndWait: caller knows
  public <R> R send(String name, Object command) {
    try {
      R result = gateway.sendAndWait(command);
      count(name, "accepted");
      return result;
    } catch (Throwable e) {
      rethrow(e, name);
      throw new IllegalStateException("unreachable");
    }
  }

  /**
   * Runs a read of an aggregate (a repository load) in its own unit of work; a failure is counted
   * under {@code name} and rethrown like a command's.
   */
  public <R> R read(String name, Supplier<R> read) {
    var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(read::get);
    if (result.isExceptional()) {
      rethrow(result.exceptionResult(), name);
    }
    return result.getPayload();
  }

  /** Counts the failure by its outcome and rethrows the underlying cause. */
  public void rethrow(Throwable error, String commandName) {
    Throwable cause = unwrap(error);
    count(commandName, outcomeOf(cause));
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(cause);
  }

  /** The {@code outcome} tag of a refused command. */
  static String outcomeOf(Throwable e) {
    return switch (e) {
      case CommandRefusal refusal -> refusal.outcome();
      case InvalidInnovationException ignored -> "rejected_invalid";
      case JacksonException ignored -> "rejected_invalid"; // a patched field that does not bind
      case LifecycleViolationException ignored -> "rejected_lifecycle";
      case IdempotencyKeyReusedException ignored -> "rejected_idempotency";
      case AggregateNotFoundException ignored -> "not_found";
      case AggregateStreamCreationException ignored -> "duplicate";
      case ConflictingModificationException ignored -> "conflict";
      case ConcurrencyException ignored -> "conflict";
      default -> "error";
    };
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
