package io.hexaredis.domain.persistence;

/**
 * Executes the commands read back from the append-only file, as if a client sent them.
 *
 * <p>Redis: the fake client of loadSingleAppendOnlyFile() in aof.c (createAOFClient()). The AOF
 * holds client requests, so loading one means running them again, through the same commands.
 */
public interface CommandReplay {

    /** Runs {@code argv}; false when no such command exists (which stops the load). */
    boolean replay(byte[][] argv);
}
