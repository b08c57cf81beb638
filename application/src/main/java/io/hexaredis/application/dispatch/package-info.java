/**
 * From a parsed request to an executed command: lookup, checks, call, propagation.
 *
 * <p>Redis: processCommand() and call() in server.c, lookupCommand() over the command table, and
 * propagateNow()/alsoPropagate(). The {@link io.hexaredis.application.dispatch.CommandDispatcher}
 * applies the checks every command shares (unknown command or subcommand, arity, authentication)
 * once, so commands never repeat them; then it runs the command with a
 * {@link io.hexaredis.application.dispatch.Call} (the command's view of {@code client *c}) and
 * propagates the effect when a write command changed the keyspace.
 *
 * <p>The command table lives here rather than in a package of its own: the dispatcher and the
 * table refer to each other's types (a table entry is a {@code Command<Call>}), and one package
 * keeps that honest without a package cycle. The list of all commands, Redis's commands.def, is
 * {@code application.commands.StandardCommands}.
 */
package io.hexaredis.application.dispatch;
