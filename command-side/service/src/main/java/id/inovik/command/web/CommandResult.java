package id.inovik.command.web;

/** What a command returns: the innovation and its version after the command. */
public record CommandResult(String id, long version) {}
