package io.hexaredis.domain.string;

import io.hexaredis.domain.error.RedisError;
import java.util.ArrayList;
import java.util.List;

/**
 * The longest common subsequence of two strings, as the LCS command computes it: the classic
 * dynamic-programming table, then one walk back from its last cell that yields the subsequence and
 * the matching ranges.
 *
 * <p>The table has {@code (|a|+1) * (|b|+1)} cells; Redis refuses to allocate it when its size in
 * bytes (4 per cell) exceeds proto-max-bulk-len, and reports a failed allocation otherwise. The
 * walk back prefers to move in {@code b} when both directions keep the same length, which decides
 * which of several equally long subsequences and which ranges are reported: they are Redis's.
 * Ranges come from the end of the strings towards the start, each as inclusive positions in
 * {@code a} and in {@code b}.
 *
 * <p>Redis: lcsCommand() in t_string.c (Redis 7.0).
 */
public final class Lcs {

    public static final RedisError TABLE_TOO_LARGE = new RedisError(
            "ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len");
    public static final RedisError ALLOCATION_FAILED = new RedisError(
            "ERR Insufficient memory, failed allocating transient memory for LCS");

    /** One run of consecutive common bytes: {@code a[aStart..aEnd]} equals {@code b[bStart..bEnd]}. */
    public record Match(int aStart, int aEnd, int bStart, int bEnd) {

        public int length() {
            return aEnd - aStart + 1;
        }
    }

    private final byte[] subsequence;
    private final List<Match> matches;

    private Lcs(byte[] subsequence, List<Match> matches) {
        this.subsequence = subsequence;
        this.matches = matches;
    }

    /** Computes the LCS of {@code a} and {@code b}, refusing a table larger than {@code maxTableBytes}. */
    public static Lcs of(byte[] a, byte[] b, long maxTableBytes) {
        int rows = a.length + 1;
        int columns = b.length + 1;
        long cells = (long) rows * columns;
        if (cells * Integer.BYTES > maxTableBytes) {
            throw TABLE_TOO_LARGE;
        }
        int[] table;
        try {
            table = new int[Math.toIntExact(cells)];
        } catch (ArithmeticException | OutOfMemoryError e) {
            throw ALLOCATION_FAILED;
        }
        for (int i = 1; i < rows; i++) {
            int row = i * columns;
            int above = row - columns;
            for (int j = 1; j < columns; j++) {
                if (a[i - 1] == b[j - 1]) {
                    table[row + j] = table[above + j - 1] + 1;
                } else {
                    table[row + j] = Math.max(table[above + j], table[row + j - 1]);
                }
            }
        }
        return walkBack(a, b, table, columns);
    }

    private static Lcs walkBack(byte[] a, byte[] b, int[] table, int columns) {
        int length = table[a.length * columns + b.length];
        byte[] subsequence = new byte[length];
        List<Match> matches = new ArrayList<>();
        int i = a.length;
        int j = b.length;
        int k = length;
        int runEndA = -1; // the open run of matches, walking backwards, or -1
        int runEndB = -1;
        while (i > 0 && j > 0) {
            if (a[i - 1] == b[j - 1]) {
                subsequence[--k] = a[i - 1];
                if (runEndA < 0) {
                    runEndA = i - 1;
                    runEndB = j - 1;
                }
                i--;
                j--;
                if (i == 0 || j == 0) {
                    matches.add(new Match(i, runEndA, j, runEndB));
                }
            } else {
                if (runEndA >= 0) {
                    matches.add(new Match(i, runEndA, j, runEndB));
                    runEndA = -1;
                }
                if (table[(i - 1) * columns + j] > table[i * columns + j - 1]) {
                    i--;
                } else {
                    j--;
                }
            }
        }
        return new Lcs(subsequence, matches);
    }

    /** The common subsequence itself. */
    public byte[] subsequence() {
        return subsequence;
    }

    public int length() {
        return subsequence.length;
    }

    /** The matching runs, last first, keeping those at least {@code minLength} long. */
    public List<Match> matches(long minLength) {
        if (minLength <= 1) {
            return matches;
        }
        List<Match> kept = new ArrayList<>();
        for (Match m : matches) {
            if (m.length() >= minLength) {
                kept.add(m);
            }
        }
        return kept;
    }
}
