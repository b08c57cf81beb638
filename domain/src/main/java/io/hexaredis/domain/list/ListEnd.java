package io.hexaredis.domain.list;

/**
 * One end of a list: the head is the left end (LPUSH, LPOP, index 0), the tail the right end
 * (RPUSH, RPOP, index -1). Redis: LIST_HEAD and LIST_TAIL in server.h.
 */
public enum ListEnd {
    HEAD,
    TAIL;

    /** The other end (RPOPLPUSH pops from the tail and pushes at the head). */
    public ListEnd opposite() {
        return this == HEAD ? TAIL : HEAD;
    }
}
