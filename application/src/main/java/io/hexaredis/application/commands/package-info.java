/**
 * The commands, one class per Redis command, in a package per command group.
 *
 * <p>Redis splits each type into an "API" half (the data structure, here in the domain) and a
 * "Commands" half (t_string.c's getCommand(), setCommand()...), which parse arguments, look up the
 * key with a typed accessor, call the type's operation and reply. Classes are named mechanically
 * after Redis's C functions ({@code zrangebyscoreCommand} is {@code ZrangebyscoreCommand}) so that
 * "where is ZRANGEBYSCORE?" has one answer. {@link io.hexaredis.application.commands.StandardCommands}
 * puts the groups together into the command table, like commands.def.
 */
package io.hexaredis.application.commands;
