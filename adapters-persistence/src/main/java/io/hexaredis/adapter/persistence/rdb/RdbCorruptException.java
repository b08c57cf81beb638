package io.hexaredis.adapter.persistence.rdb;

import java.io.IOException;

/**
 * An RDB stream that cannot be read: truncated, damaged, or of a format this server does not
 * handle. The message says what was wrong and at which byte offset, for the log line that stops
 * the server (Redis: rdbReportCorruptRDB() and rdbReportReadError()).
 */
public final class RdbCorruptException extends IOException {

    public RdbCorruptException(String message) {
        super(message);
    }
}
