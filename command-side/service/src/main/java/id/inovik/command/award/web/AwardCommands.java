package id.inovik.command.award.web;

import id.inovik.command.award.AwardConflictException;
import id.inovik.command.award.AwardIdempotencyKeyReusedException;
import id.inovik.command.award.AwardNotFoundException;
import id.inovik.command.award.InvalidAwardInputException;
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

/**
 * Sends award commands and waits for the result, counting each as {@code inovik.commands} by
 * command and outcome like the other commands, and unwrapping Axon's wrapper so that {@link
 * AwardProblemHandler} sees the domain exception. Also runs aggregate reads in a unit of work.
 */
@Component
class AwardCommands {

  private final CommandGateway gateway;
  private final MeterRegistry meters;

  AwardCommands(CommandGateway gateway, MeterRegistry meters) {
    this.gateway = gateway;
    this.meters = meters;
  }

  @SuppressWarnings("TypeParameterUnusedInFormals") // as CommandGateway.sendAndWait: caller knows
  <R> R send(Object command) {
    String name = command.getClass().getSimpleName();
    try {
      R result = gateway.sendAndWait(command);
      count(name, "accepted");
      return result;
    } catch (Throwable e) {
      throw rethrow(e, name);
    }
  }

  /** Runs a read of an aggregate (repository load) in its own unit of work. */
  <R> R read(String name, Supplier<R> read) {
    var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(read::get);
    if (result.isExceptional()) {
      throw rethrow(result.exceptionResult(), name);
    }
    return result.getPayload();
  }

  private RuntimeException rethrow(Throwable error, String name) {
    Throwable cause = error;
    while (cause instanceof CommandExecutionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    count(name, outcomeOf(cause));
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }

  static String outcomeOf(Throwable e) {
    return switch (e) {
      case InvalidAwardInputException ignored -> "rejected_invalid";
      case AwardConflictException ignored -> "rejected_lifecycle";
      case AwardIdempotencyKeyReusedException ignored -> "rejected_idempotency";
      case AwardNotFoundException ignored -> "not_found";
      case AggregateNotFoundException ignored -> "not_found";
      case AggregateStreamCreationException ignored -> "duplicate";
      case ConflictingModificationException ignored -> "conflict";
      case ConcurrencyException ignored -> "conflict";
      default -> "error";
    };
  }

  private void count(String command, String outcome) {
    meters.counter("inovik.commands", "command", command, "outcome", outcome).increment();
  }
}
