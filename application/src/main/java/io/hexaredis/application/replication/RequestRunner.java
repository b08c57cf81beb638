package io.hexaredis.application.replication;

import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.command.Reply;

/**
 * Runs one request for one client, exactly as if the client had sent it: the dispatcher, seen from
 * the replication code. A replica applies its master's stream this way, as the master client
 * (Redis: processCommand() for {@code server.master}, whose replies are not sent).
 *
 * <p>An interface only so that the dependency keeps pointing from the dispatcher to replication:
 * the dispatcher consults replication (read-only replicas, min-replicas) and implements this.
 */
public interface RequestRunner {

    Reply run(ClientSession client, byte[][] argv);
}
