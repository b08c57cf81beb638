package io.hexaredis.domain.zset;

/**
 * The options of ZADD that decide what one addition does (Redis's ZADD_IN_* flags):
 * <ul>
 *   <li>{@code incr}: add the given score to the current one (ZINCRBY, ZADD INCR);
 *   <li>{@code nx}: only add new members; {@code xx}: only update existing ones;
 *   <li>{@code gt} / {@code lt}: only update when the new score is greater / less than the
 *       current one (new members are still added).
 * </ul>
 * The commands reject the incompatible combinations before any addition.
 */
public record AddMode(boolean incr, boolean nx, boolean xx, boolean gt, boolean lt) {

    public static final AddMode PLAIN = new AddMode(false, false, false, false, false);
    public static final AddMode INCR = new AddMode(true, false, false, false, false);
}
