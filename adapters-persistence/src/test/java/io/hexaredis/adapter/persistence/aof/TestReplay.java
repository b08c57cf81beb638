package io.hexaredis.adapter.persistence.aof;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.CommandReplay;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Applies the few commands these tests write (SELECT, SET [PXAT], DEL, PEXPIREAT) straight to a keyspace. */
final class TestReplay implements CommandReplay {

    private final Keyspace keyspace;
    private int db;
    long commands;

    TestReplay(Keyspace keyspace) {
        this.keyspace = keyspace;
    }

    @Override
    public boolean replay(byte[][] argv) {
        String name = new String(argv[0], StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        commands++;
        switch (name) {
            case "select" -> db = (int) Numbers.parseLong(argv[1]);
            case "set" -> {
                long at = argv.length == 5 ? Numbers.parseLong(argv[4]) : -1;
                keyspace.db(db).set(argv[1], argv[2], at);
            }
            case "del" -> keyspace.db(db).delete(argv[1], Long.MIN_VALUE);
            case "pexpireat" -> keyspace.db(db).setExpire(argv[1], Numbers.parseLong(argv[2]));
            default -> {
                return false;
            }
        }
        return true;
    }
}
