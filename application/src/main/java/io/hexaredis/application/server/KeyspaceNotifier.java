package io.hexaredis.application.server;

import io.hexaredis.domain.command.NotifyType;

/**
 * Publishes keyspace notifications (Redis's notifyKeyspaceEvent() in notify.c). Implemented by the
 * pub/sub machinery; the dispatcher and commands call it where Redis does.
 */
public interface KeyspaceNotifier {

    /** Notifies nobody: the server before pub/sub is wired, and unit tests that do not look. */
    KeyspaceNotifier NONE = (type, event, key, db) -> {};

    void notify(NotifyType type, String event, byte[] key, int db);
}
