/**
 * The connection group: commands about the client's own connection rather than the data.
 *
 * <p>A connection starts in RESP2 on database 0, unnamed, and authenticated unless the default
 * user has a password ({@code requirepass}). HELLO negotiates RESP3 and can authenticate and name
 * the client in one round trip; AUTH checks the password (one user, "default": there is no ACL
 * here); SELECT picks the database; CLIENT names, lists, kills and silences connections; RESET
 * returns a connection to its first state, and QUIT closes it after its reply. What these commands
 * change lives in {@code application.server.ClientSession}; what they cannot do themselves (close a
 * socket, drop a reply) the transport does when it reads the session's state.
 *
 * <p>Redis: the connection half of networking.c (clientCommand(), helloCommand(), resetCommand()),
 * authCommand() in acl.c, pingCommand() and echoCommand() in server.c, selectCommand() in db.c.
 * Redis 7.0.15 is the reference: CLIENT SETINFO, CLIENT NO-TOUCH and the lib-name/lib-ver fields
 * came in 7.2 and are unknown here, as they are there.
 */
package io.hexaredis.application.commands.connection;
