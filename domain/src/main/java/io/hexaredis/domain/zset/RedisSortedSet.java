package io.hexaredis.domain.zset;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.dict.Dict;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.keyspace.ValueType;
import io.hexaredis.domain.zset.ZSkipList.Node;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

/**
 * A sorted set: unique members, each with a double score, ordered by score and then by member
 * bytes (unsigned, like memcmp).
 *
 * <p>Redis: the "API" half of t_zset.c (zsetAdd, zsetDel, zsetScore, zsetRank, zsetConvert...),
 * which hides the two encodings from the commands:
 * <ul>
 *   <li>"listpack" ({@link ZsetListpack}) while the set is small: elements packed in order, every
 *       operation a scan or a shift;
 *   <li>"skiplist" past {@link ListpackLimits}: a {@link ZSkipList} for order and ranks plus a
 *       {@link Dict} from member to skip list node for member-to-score lookups (struct zset's
 *       dict, whose entries point into the skip list nodes).
 * </ul>
 * An operation that may grow the set takes the limits, so that the configuration stays in the
 * application; a set converts once to the skip list and stays there (see {@link ListpackLimits}).
 *
 * <p>Ranks are 0-based here, as the commands show them. A score is never NaN: an increment that
 * would make one ({@code +inf} plus {@code -inf}) fails with {@link #NAN_SCORE}, so NaN can mean
 * "absent" in {@link #score}.
 */
public final class RedisSortedSet implements RedisValue, ZsetOperand {

    public static final String LISTPACK = "listpack";
    public static final String SKIPLIST = "skiplist";

    /** "ERR resulting score is not a number (NaN)", Redis 7.0. */
    public static final RedisError NAN_SCORE = new RedisError("ERR resulting score is not a number (NaN)");

    /** Levels of new skip list nodes: any thread's own generator, as the keyspace is single-threaded. */
    private static final RandomGenerator LEVELS = () -> ThreadLocalRandom.current().nextLong();

    /** What one addition did (Redis's ZADD_OUT_* flags). */
    public enum Outcome {
        ADDED,      // a new member
        UPDATED,    // an existing member got a different score
        UNCHANGED,  // an existing member, same score: processed, but nothing changed
        SKIPPED     // NX, XX, GT or LT prevented it (ZADD_OUT_NOP)
    }

    /** The outcome of {@link #add} and the member's score afterwards (its current one if skipped). */
    public record AddResult(Outcome outcome, double score) {}

    private ZsetListpack listpack;
    private ZSkipList zsl;
    private Dict<Node> dict;

    private RedisSortedSet(ZsetListpack listpack) {
        this.listpack = listpack;
    }

    private RedisSortedSet(ZSkipList zsl, Dict<Node> dict) {
        this.zsl = zsl;
        this.dict = dict;
    }

    /** An empty set in the compact encoding (createZsetListpackObject()). */
    public static RedisSortedSet newListpack() {
        return new RedisSortedSet(new ZsetListpack());
    }

    /** An empty set in the skip list encoding (createZsetObject()). */
    public static RedisSortedSet newSkiplist() {
        return new RedisSortedSet(new ZSkipList(LEVELS), new Dict<>());
    }

    /**
     * The set ZADD creates for a new key: compact unless the limits forbid any compact set or the
     * first member to add is already too long (zaddGenericCommand() in Redis 7.0 looks only at the
     * first member; a longer one later converts the set when it is added).
     */
    public static RedisSortedSet forFirstMember(byte[] member, ListpackLimits limits) {
        return limits.maxEntries() == 0 || member.length > limits.maxValue() ? newSkiplist() : newListpack();
    }

    /**
     * A set read back from an RDB file or a RESTORE payload, in the encoding Redis 7.0's
     * rdbLoadObject() gives it: one stored compact (ziplist, listpack) stays compact unless it has
     * more members than zset-max-listpack-entries (the member length is not looked at); one stored
     * as a skip list (ZSET, ZSET_2) becomes compact when it fits both limits. The members must be
     * distinct; {@code scores[i]} is the score of {@code members.get(i)}.
     */
    public static RedisSortedSet loaded(List<byte[]> members, double[] scores, boolean compact, ListpackLimits limits) {
        if (compact && members.size() <= limits.maxEntries()) {
            ZsetListpack lp = new ZsetListpack();
            for (int i = 0; i < members.size(); i++) {
                lp.insert(scores[i], members.get(i));
            }
            return new RedisSortedSet(lp);
        }
        RedisSortedSet set = newSkiplist();
        for (int i = 0; i < members.size(); i++) {
            set.insertNew(members.get(i), scores[i]);
        }
        if (!compact) {
            set.convertToListpackIfNeeded(limits);
        }
        return set;
    }

    @Override
    public ValueType type() {
        return ValueType.ZSET;
    }

    @Override
    public String encoding() {
        return listpack != null ? LISTPACK : SKIPLIST;
    }

    @Override
    public long size() {
        return listpack != null ? listpack.size() : zsl.length();
    }

    @Override
    public RedisSortedSet copy() {
        if (listpack != null) {
            return new RedisSortedSet(listpack.copy());
        }
        RedisSortedSet c = newSkiplist();
        for (Node n = zsl.first(); n != null; n = n.next()) {
            c.insertNew(n.ele, n.score);
        }
        return c;
    }

    // ---- single members ----

    /** zsetScore(): the score of {@code member}, NaN when it is not in the set. */
    @Override
    public double score(byte[] member) {
        if (listpack != null) {
            int i = listpack.find(member);
            return i < 0 ? Double.NaN : listpack.score(i);
        }
        Dict.Entry<Node> e = dict.find(member);
        return e == null ? Double.NaN : e.value().score;
    }

    public boolean contains(byte[] member) {
        return !Double.isNaN(score(member));
    }

    /**
     * zsetAdd(): adds {@code member} with {@code score}, or updates it, as {@code mode} allows.
     * With {@code incr} the score is an increment, and an increment giving NaN throws
     * {@link #NAN_SCORE} without changing anything.
     */
    public AddResult add(byte[] member, double score, AddMode mode, ListpackLimits limits) {
        double current = score(member);
        if (!Double.isNaN(current)) {
            if (mode.nx()) {
                return new AddResult(Outcome.SKIPPED, current);
            }
            if (mode.incr()) {
                score += current;
                if (Double.isNaN(score)) {
                    throw NAN_SCORE;
                }
            }
            if ((mode.lt() && score >= current) || (mode.gt() && score <= current)) {
                return new AddResult(Outcome.SKIPPED, current);
            }
            if (score == current) {
                // the reply shows the computed score: ZINCRBY 0 on a -0 answers 0 and keeps -0
                return new AddResult(Outcome.UNCHANGED, score);
            }
            updateScore(member, current, score);
            return new AddResult(Outcome.UPDATED, score);
        }
        if (mode.xx()) {
            return new AddResult(Outcome.SKIPPED, Double.NaN);
        }
        if (listpack != null && !limits.fits(listpack.size() + 1L, member.length)) {
            convertToSkiplist();
        }
        insertNew(member, score);
        return new AddResult(Outcome.ADDED, score);
    }

    private void updateScore(byte[] member, double current, double score) {
        if (listpack != null) {
            int i = listpack.find(member);
            listpack.delete(i, i + 1);
            listpack.insert(score, member);
        } else {
            zsl.updateScore(current, member, score);
        }
    }

    /** Adds a member known to be absent, without any limit check. */
    private void insertNew(byte[] member, double score) {
        if (listpack != null) {
            listpack.insert(score, member);
        } else {
            dict.put(member, zsl.insert(score, member));
        }
    }

    /** zsetRemoveFromSkiplist() / zzlDelete(): true if {@code member} was there. */
    public boolean remove(byte[] member) {
        if (listpack != null) {
            int i = listpack.find(member);
            if (i < 0) {
                return false;
            }
            listpack.delete(i, i + 1);
            return true;
        }
        Dict.Entry<Node> e = dict.remove(member);
        if (e == null) {
            return false;
        }
        Node n = e.value();
        zsl.delete(n.score, n.ele);
        return true;
    }

    /** zsetRank(): the 0-based rank of {@code member} from the lowest (or highest) score, -1 if absent. */
    public long rank(byte[] member, boolean reverse) {
        long size = size();
        if (listpack != null) {
            int i = listpack.find(member);
            return i < 0 ? -1 : reverse ? size - 1 - i : i;
        }
        Dict.Entry<Node> e = dict.find(member);
        if (e == null) {
            return -1;
        }
        Node n = e.value();
        long rank = zsl.rankOf(n.score, n.ele);
        return reverse ? size - rank : rank - 1;
    }

    // ---- counting ----

    /** ZCOUNT: members whose score is inside the range. */
    public long count(ScoreRange range) {
        return count(ElementRange.of(range));
    }

    /** ZLEXCOUNT: members inside the lexicographic range. */
    public long count(LexRange range) {
        return count(ElementRange.of(range));
    }

    /** zsetCount() / zsetLexCount(): the members inside the range. */
    private long count(ElementRange range) {
        if (listpack != null) {
            int first = range.firstIn(listpack);
            if (first < 0) {
                return 0;
            }
            int i = first;
            while (i < listpack.size() && range.belowMax(listpack, i)) {
                i++;
            }
            return i - first;
        }
        Node first = zsl.firstInRange(range);
        if (first == null) {
            return 0;
        }
        // the last node inside exists too: the first one is a candidate
        Node last = zsl.lastInRange(range);
        return zsl.rankOf(last.score, last.ele) - zsl.rankOf(first.score, first.ele) + 1;
    }

    // ---- ranges ----

    /**
     * Visits ranks {@code start..end} (0-based, inclusive, already clamped to the set: {@code 0 <=
     * start <= end < size}), counted from the highest score when {@code reverse}.
     */
    public void rangeByRank(long start, long end, boolean reverse, ElementVisitor visitor) {
        long n = end - start + 1;
        if (listpack != null) {
            int size = listpack.size();
            for (long r = start; r <= end; r++) {
                int i = (int) (reverse ? size - 1 - r : r);
                visitor.visit(listpack.member(i), listpack.score(i));
            }
            return;
        }
        Node x;
        if (reverse) {
            x = start > 0 ? zsl.byRank(zsl.length() - start) : zsl.last();
        } else {
            x = start > 0 ? zsl.byRank(start + 1) : zsl.first();
        }
        for (; n > 0 && x != null; n--) {
            visitor.visit(x.ele, x.score);
            x = reverse ? x.backward : x.next();
        }
    }

    /**
     * genericZrangebyscoreCommand(): visits the members inside the range, from the lowest score (or
     * the highest when {@code reverse}), skipping {@code offset} of them and stopping after
     * {@code limit} ({@code limit < 0}: no limit). A negative offset skips everything, as in Redis.
     */
    public void rangeByScore(ScoreRange range, boolean reverse, long offset, long limit, ElementVisitor visitor) {
        range(ElementRange.of(range), reverse, offset, limit, visitor);
    }

    /** genericZrangebylexCommand(): as {@link #rangeByScore}, for a lexicographic range. */
    public void rangeByLex(LexRange range, boolean reverse, long offset, long limit, ElementVisitor visitor) {
        range(ElementRange.of(range), reverse, offset, limit, visitor);
    }

    private void range(ElementRange range, boolean reverse, long offset, long limit, ElementVisitor visitor) {
        if (offset < 0 || (offset > 0 && offset >= size())) {
            return;
        }
        if (listpack != null) {
            int i = reverse ? range.lastIn(listpack) : range.firstIn(listpack);
            if (i < 0) {
                return;
            }
            i += (int) (reverse ? -offset : offset);
            for (; i >= 0 && i < listpack.size() && limit != 0; i += reverse ? -1 : 1, limit--) {
                if (reverse ? !range.aboveMin(listpack, i) : !range.belowMax(listpack, i)) {
                    break;
                }
                visitor.visit(listpack.member(i), listpack.score(i));
            }
            return;
        }
        Node x = reverse ? zsl.lastInRange(range) : zsl.firstInRange(range);
        for (long skip = offset; x != null && skip > 0; skip--) {
            x = reverse ? x.backward : x.next();
        }
        for (; x != null && limit != 0; limit--) {
            if (reverse ? !range.aboveMin(x) : !range.belowMax(x)) {
                break;
            }
            visitor.visit(x.ele, x.score);
            x = reverse ? x.backward : x.next();
        }
    }

    /** Visits every member, from the lowest score. */
    @Override
    public void forEach(ElementVisitor visitor) {
        if (listpack != null) {
            for (int i = 0; i < listpack.size(); i++) {
                visitor.visit(listpack.member(i), listpack.score(i));
            }
            return;
        }
        for (Node x = zsl.first(); x != null; x = x.next()) {
            visitor.visit(x.ele, x.score);
        }
    }

    // ---- removals ----

    /** ZREMRANGEBYRANK: removes ranks {@code start..end}, clamped as for {@link #rangeByRank}. */
    public long removeRangeByRank(long start, long end) {
        if (listpack != null) {
            listpack.delete((int) start, (int) end + 1);
            return end - start + 1;
        }
        return zsl.deleteRangeByRank(start + 1, end + 1, this::forget);
    }

    /** ZREMRANGEBYSCORE. */
    public long removeRange(ScoreRange range) {
        return removeRange(ElementRange.of(range));
    }

    /** ZREMRANGEBYLEX. */
    public long removeRange(LexRange range) {
        return removeRange(ElementRange.of(range));
    }

    /** zremrangeGenericCommand()'s deletion, for both kinds of range. */
    private long removeRange(ElementRange range) {
        if (listpack != null) {
            int first = range.firstIn(listpack);
            if (first < 0) {
                return 0;
            }
            int end = first;
            while (end < listpack.size() && range.belowMax(listpack, end)) {
                end++;
            }
            listpack.delete(first, end);
            return end - first;
        }
        return zsl.deleteRange(range, this::forget);
    }

    /**
     * The loop of genericZpopCommand(): removes up to {@code count} members from the lowest end (or
     * the highest when {@code max}), visiting each one in the order removed; returns how many.
     */
    public long pop(boolean max, long count, ElementVisitor visitor) {
        long n = Math.min(count, size());
        if (n <= 0) {
            return 0;
        }
        if (listpack != null) {
            int size = listpack.size();
            for (int k = 0; k < n; k++) {
                int i = max ? size - 1 - k : k;
                visitor.visit(listpack.member(i), listpack.score(i));
            }
            if (max) {
                listpack.delete(size - (int) n, size);
            } else {
                listpack.delete(0, (int) n);
            }
            return n;
        }
        for (long k = 0; k < n; k++) {
            Node x = max ? zsl.last() : zsl.first();
            visitor.visit(x.ele, x.score);
            dict.remove(x.ele);
            zsl.delete(x.score, x.ele);
        }
        return n;
    }

    // ---- random members (ZRANDMEMBER) ----

    /** One member chosen uniformly at random, with its score; the set must not be empty. */
    public void randomElement(RandomGenerator random, ElementVisitor visitor) {
        visitByRank(random.nextLong(size()), visitor);
    }

    /**
     * ZRANDMEMBER with a count (zrandmemberWithCountCommand()): a negative count picks
     * {@code -count} members independently, so the same one may come several times; a positive
     * count picks distinct members: all of them, from the highest score down, when the count reaches
     * the size.
     */
    public void randomElements(long count, RandomGenerator random, ElementVisitor visitor) {
        long size = size();
        if (size == 0 || count == 0) {
            return;
        }
        if (count < 0) {
            for (long k = -count; k > 0; k--) {
                visitByRank(random.nextLong(size), visitor);
            }
            return;
        }
        if (count >= size) {
            rangeByRank(0, size - 1, true, visitor); // Redis 7.0 answers the whole set from the highest score
            return;
        }
        if (count * 3 > size) {
            // Most members are wanted: choose the ones to leave out, as Redis's CASE 3 removes random
            // elements from a copy until count remain.
            BitSet excluded = new BitSet((int) size);
            for (long left = size - count; left > 0; ) {
                int r = (int) random.nextLong(size);
                if (!excluded.get(r)) {
                    excluded.set(r);
                    left--;
                }
            }
            for (int r = excluded.nextClearBit(0); r < size; r = excluded.nextClearBit(r + 1)) {
                visitByRank(r, visitor);
            }
            return;
        }
        // Few members are wanted: Floyd's sampling picks count distinct ranks in count draws.
        Set<Long> chosen = new HashSet<>();
        for (long j = size - count; j < size; j++) {
            long r = random.nextLong(j + 1);
            long pick = chosen.add(r) ? r : j;
            chosen.add(pick);
            visitByRank(pick, visitor);
        }
    }

    private void visitByRank(long rank, ElementVisitor visitor) {
        if (listpack != null) {
            int i = (int) rank;
            visitor.visit(listpack.member(i), listpack.score(i));
        } else {
            Node x = zsl.byRank(rank + 1);
            visitor.visit(x.ele, x.score);
        }
    }

    // ---- ZSCAN ----

    /**
     * One step of ZSCAN (scanGenericCommand() in db.c): visits members with the text of their
     * scores and returns the next cursor. A compact set is returned whole, with cursor 0 and
     * the scores as the listpack stores them ({@link Scores#listpackText}). A skip list set is
     * walked bucket by bucket through its dict until about {@code count} words (a member and its
     * score count as two, as in Redis) were collected or {@code count * 10} buckets were visited.
     */
    public long scan(long cursor, long count, BiConsumer<byte[], String> visitor) {
        if (listpack != null) {
            for (int i = 0; i < listpack.size(); i++) {
                visitor.accept(listpack.member(i), Scores.listpackText(listpack.score(i)));
            }
            return 0;
        }
        long[] words = {0};
        long maxIterations = count * 10;
        do {
            cursor = dict.scan(cursor, e -> {
                visitor.accept(e.key(), Numbers.formatDouble(e.value().score));
                words[0] += 2;
            });
        } while (cursor != 0 && maxIterations-- > 0 && words[0] < count);
        return cursor;
    }

    // ---- encodings ----

    /** zsetConvert() to the skip list: done when an addition would exceed the listpack limits. */
    void convertToSkiplist() {
        ZsetListpack lp = listpack;
        zsl = new ZSkipList(LEVELS);
        dict = new Dict<>();
        listpack = null;
        for (int i = 0; i < lp.size(); i++) {
            dict.put(lp.member(i), zsl.insert(lp.score(i), lp.member(i)));
        }
    }

    /** Removes from the dict a node the skip list has just unlinked (the range deletions). */
    private void forget(Node n) {
        dict.remove(n.ele);
    }

    /**
     * zsetConvertToListpackIfNeeded(): a skip list set that fits the limits goes back to the
     * compact encoding. Called on the results of the STORE commands before they are stored.
     */
    public void convertToListpackIfNeeded(ListpackLimits limits) {
        if (listpack != null || !limits.fits(zsl.length(), 0)) {
            return;
        }
        long longest = 0;
        for (Node x = zsl.first(); x != null; x = x.next()) {
            longest = Math.max(longest, x.ele.length);
        }
        if (!limits.fits(zsl.length(), longest)) {
            return;
        }
        ZsetListpack lp = new ZsetListpack();
        for (Node x = zsl.first(); x != null; x = x.next()) {
            lp.append(x.score, x.ele);
        }
        listpack = lp;
        zsl = null;
        dict = null;
    }

    /** A builder for sets whose elements arrive with distinct members (results of the set operations). */
    public static final class Builder {
        private final RedisSortedSet set = newSkiplist();

        /** Adds a member not added before. */
        public Builder add(byte[] member, double score) {
            set.insertNew(member, score);
            return this;
        }

        /** The set, in the skip list encoding (see {@link #convertToListpackIfNeeded}). */
        public RedisSortedSet build() {
            return set;
        }
    }

    /** Readable form for test failures. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(encoding()).append('[');
        forEach((m, s) -> sb.append(sb.charAt(sb.length() - 1) == '[' ? "" : ", ")
                .append(new String(m, java.nio.charset.StandardCharsets.UTF_8)).append('=').append(Numbers.formatDouble(s)));
        return sb.append(']').toString();
    }
}
