package io.hexaredis.application.server;

/**
 * The counters of INFO stats (Redis's {@code server.stat_*} fields), reset by CONFIG RESETSTAT.
 */
public final class Stats {

    public long commandsProcessed;
    public long keyspaceHits;
    public long keyspaceMisses;
    public long expiredKeys;
    public long netInputBytes;
    public long netOutputBytes;
    public long rejectedCalls;
    public long failedCalls;
    public long unexpectedErrorReplies;
    public long totalErrorReplies;

    public void reset() {
        commandsProcessed = 0;
        keyspaceHits = 0;
        keyspaceMisses = 0;
        expiredKeys = 0;
        netInputBytes = 0;
        netOutputBytes = 0;
        rejectedCalls = 0;
        failedCalls = 0;
        unexpectedErrorReplies = 0;
        totalErrorReplies = 0;
    }
}
