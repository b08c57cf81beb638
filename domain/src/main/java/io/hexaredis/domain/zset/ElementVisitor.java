package io.hexaredis.domain.zset;

/** Receives the elements of a sorted set one by one, in the order an operation produces them. */
@FunctionalInterface
public interface ElementVisitor {

    void visit(byte[] member, double score);
}
