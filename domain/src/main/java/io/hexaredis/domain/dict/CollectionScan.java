package io.hexaredis.domain.dict;

import io.hexaredis.domain.command.CommandContext;
import io.hexaredis.domain.command.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of HSCAN, SSCAN and ZSCAN that does not depend on the collection: scanGenericCommand()
 * in db.c around the walk itself.
 *
 * <p>The order of checks is Redis's: the cursor first ({@link ScanCursor}: "invalid cursor"), then
 * the key (missing: an empty final step, whatever the options; another type: WRONGTYPE), then the
 * options ({@link ScanOptions}). The reply is the next cursor, as unsigned decimal text, and a flat
 * array of what the step collected.
 */
public final class CollectionScan {

    /**
     * One step over {@code collection} from {@code cursor}: adds to {@code out} the reply words
     * (a member, or a field or member and its value or score) of the elements {@code options}
     * match, and returns the next cursor.
     */
    @FunctionalInterface
    public interface Step<T> {
        long scan(T collection, long cursor, ScanOptions options, List<Reply> out);
    }

    private static final Reply EMPTY_SCAN = Reply.array(Reply.bulk("0"), Reply.EMPTY_ARRAY);

    private CollectionScan() {}

    /** Runs {@code key cursor [MATCH pattern] [COUNT count]} (arguments 1 to argc) on a collection of {@code type}. */
    public static <T> Reply reply(CommandContext ctx, Class<T> type, Step<T> step) {
        long cursor = ScanCursor.parse(ctx.arg(2));
        T collection = ctx.db().get(ctx.arg(1), type, ctx.now());
        if (collection == null) {
            return EMPTY_SCAN;
        }
        ScanOptions options = ScanOptions.parse(ctx, 3);
        List<Reply> items = new ArrayList<>();
        long next = step.scan(collection, cursor, options, items);
        return Reply.array(Reply.bulk(ScanCursor.format(next)), Reply.array(items));
    }
}
