package id.inovik.api.innovation;

/** Initiator of an innovation: the kind of source and a name (person, agency or community). */
public record Initiator(InitiatorKind kind, String name) {}
