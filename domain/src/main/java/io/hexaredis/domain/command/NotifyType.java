package io.hexaredis.domain.command;

/**
 * The classes of keyspace events, each with the character that enables it in
 * notify-keyspace-events. Redis: the NOTIFY_* flags in server.h and notify.c.
 */
public enum NotifyType {
    GENERIC('g'),   // DEL, EXPIRE, RENAME...
    STRING('$'),
    LIST('l'),
    SET('s'),
    HASH('h'),
    ZSET('z'),
    EXPIRED('x'),
    EVICTED('e'),
    STREAM('t'),
    KEY_MISS('m'),
    NEW('n');

    private final char flag;

    NotifyType(char flag) {
        this.flag = flag;
    }

    public char flag() {
        return flag;
    }
}
