/**
 * The list type: an ordered sequence of binary-safe elements with O(1) pushes and pops at both
 * ends.
 *
 * <p>Redis: quicklist.c (the linked list of packed nodes), listpack.c (the packed node) and the
 * "List API" half of t_list.c. {@link io.hexaredis.domain.list.RedisList} is the value stored in
 * the keyspace; it owns every list operation the commands need (push, pop, index, range, trim,
 * insert, remove, search), so the commands in {@code application.commands.list} only parse,
 * look up, call and reply. {@code Listpack} is the compact node format, invisible outside.
 *
 * <p>The node size (list-max-listpack-size) is passed in by the command that creates a list; the
 * domain reads no configuration.
 */
package io.hexaredis.domain.list;
