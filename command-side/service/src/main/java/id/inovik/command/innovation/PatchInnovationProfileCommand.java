package id.inovik.command.innovation;

import id.inovik.api.innovation.InnovationProfile;
import java.util.function.UnaryOperator;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Revise part of the profile: {@code patch} turns the current profile into the revised one, and the
 * aggregate applies it to the profile it has just loaded, so a partial revision costs one load and
 * merges onto the state it is checked against. It carries a function, so it stays inside this
 * service; other callers send the full profile in a {@code ReviseInnovationProfileCommand}.
 *
 * @param expectedVersion the version the client last read; {@code null} for no check
 * @param patch the revision, given the current profile; may throw {@link
 *     InvalidInnovationException} (or a JSON binding error) to refuse it
 */
public record PatchInnovationProfileCommand(
    @TargetAggregateIdentifier String innovationId,
    @TargetAggregateVersion Long expectedVersion,
    UnaryOperator<InnovationProfile> patch) {}
