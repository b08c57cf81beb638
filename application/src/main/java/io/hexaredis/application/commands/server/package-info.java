/**
 * The server commands: CONFIG, INFO, COMMAND, TIME, LASTSAVE, SHUTDOWN and DEBUG.
 *
 * <p>Redis: server.c (infoCommand(), commandCommand() and its subcommands, timeCommand(),
 * shutdownCommand()), config.c (the CONFIG subcommands) and debug.c. These commands look at the
 * server rather than at the data: the configuration ({@code application.config}), the statistics
 * and clients of {@link io.hexaredis.application.server.ServerState}, and the command table
 * itself. COMMAND INFO and COMMAND DOCS answer from each command's
 * {@link io.hexaredis.domain.command.CommandSpec}: flags, key positions and ACL categories
 * ({@link io.hexaredis.application.commands.server.AclCategories}) for INFO, and an argument tree
 * read from the spec's synopsis ({@link io.hexaredis.application.commands.server.CommandDocs})
 * for DOCS. The final save before SHUTDOWN belongs to persistence, which installs it as the
 * server state's shutdown preparation.
 */
package io.hexaredis.application.commands.server;
