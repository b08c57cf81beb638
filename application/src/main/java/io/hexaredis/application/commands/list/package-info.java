/**
 * The list commands: LPUSH, LPOP, LRANGE, LMOVE and the rest, and their blocking twins BLPOP,
 * BRPOP, BLMOVE, BRPOPLPUSH and BLMPOP.
 *
 * <p>Redis: the "List Commands" half of t_list.c. The data structure and its operations live in
 * {@code domain.list}; a command here parses its arguments in Redis's order (so the same bad
 * request gets the same error first), looks the key up, calls the list, notifies, and replies.
 * Families share one helper as Redis does: {@code PushGeneric} (pushGenericCommand),
 * {@code PopGeneric}, {@code MpopGeneric}, {@code BlockingPopGeneric}, {@code BlmoveGeneric}, and
 * {@code ListType} for the steps several of them take.
 *
 * <p>A blocking command that finds nothing parks its client in {@code application.blocking},
 * leaving behind the operation that completes it when a push makes a key ready. Whatever the
 * path, the effect is propagated in non-blocking form (LPOP, LMOVE, RPOPLPUSH), as Redis 7.0 does.
 */
package io.hexaredis.application.commands.list;
