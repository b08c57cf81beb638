/**
 * The Command port: what a Redis command is and what it answers.
 *
 * <p>Redis describes every command with a {@code struct redisCommand} (server.h), generated from
 * commands/*.json into commands.def: name, arity, flags, key positions, group. Here that is
 * {@link io.hexaredis.domain.command.CommandSpec}, and the behaviour is
 * {@link io.hexaredis.domain.command.Command#execute}, which receives a
 * {@link io.hexaredis.domain.command.CommandContext} (Redis's {@code client *c}) and returns a
 * {@link io.hexaredis.domain.command.Reply}.
 *
 * <p>A reply is a value, not bytes: the RESP2/RESP3 difference is the transport's business, as in
 * Redis only networking.c looks at {@code c->resp}. Keyspace event classes
 * ({@link io.hexaredis.domain.command.NotifyType}) live here because commands name them.
 */
package io.hexaredis.domain.command;
