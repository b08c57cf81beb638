package io.hexaredis.adapter.persistence.aof;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.CommandReplay;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** {@link TestReplay} plus INCR, which real Redis writes to its AOF as it is. */
class ReplayWithIncrBase implements CommandReplay {

    private final Keyspace keyspace;
    private final TestReplay plain;
    private int db;

    ReplayWithIncrBase(Keyspace keyspace) {
        this.keyspace = keyspace;
        this.plain = new TestReplay(keyspace);
    }

    @Override
    public boolean replay(byte[][] argv) {
        String name = new String(argv[0], StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        if (name.equals("select")) {
            db = (int) Numbers.parseLong(argv[1]);
        }
        if (name.equals("incr")) {
            byte[] old = keyspace.db(db).getString(argv[1], 0);
            keyspace.db(db).setKeepTtl(argv[1], Numbers.toBytes(old == null ? 1 : Numbers.parseLong(old) + 1));
            return true;
        }
        return plain.replay(argv);
    }
}
