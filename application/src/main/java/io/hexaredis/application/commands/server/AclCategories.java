package io.hexaredis.application.commands.server;

import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ACL categories of a command, as COMMAND INFO lists them and COMMAND LIST FILTERBY ACLCAT
 * selects them.
 *
 * <p>Redis: setImplicitACLCategories() in server.c derives most categories from the command's
 * flags (write is @write, readonly is @read, admin is @admin and @dangerous, fast is @fast and
 * everything else @slow, blocking is @blocking, pubsub is @pubsub); its group adds its own
 * category (@string, @keyspace...) from the command's JSON file. Containers (CONFIG, CLIENT...)
 * get no group category. A few commands carry extra categories in their JSON file, listed in
 * {@link #EXTRA}. The categories are listed in the order of Redis's ACL category table.
 */
final class AclCategories {

    private AclCategories() {}

    /** Redis's category table (ACLCommandCategories in acl.c), in its order. */
    enum Category {
        KEYSPACE, READ, WRITE, SET, SORTEDSET, LIST, HASH, STRING, BITMAP, HYPERLOGLOG, GEO, STREAM, PUBSUB,
        ADMIN, FAST, SLOW, BLOCKING, DANGEROUS, CONNECTION, TRANSACTION, SCRIPTING;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Map<CommandGroup, Category> GROUP_CATEGORY = Map.ofEntries(
            Map.entry(CommandGroup.GENERIC, Category.KEYSPACE),
            Map.entry(CommandGroup.STRING, Category.STRING),
            Map.entry(CommandGroup.LIST, Category.LIST),
            Map.entry(CommandGroup.SET, Category.SET),
            Map.entry(CommandGroup.SORTED_SET, Category.SORTEDSET),
            Map.entry(CommandGroup.HASH, Category.HASH),
            Map.entry(CommandGroup.PUBSUB, Category.PUBSUB),
            Map.entry(CommandGroup.TRANSACTIONS, Category.TRANSACTION),
            Map.entry(CommandGroup.CONNECTION, Category.CONNECTION),
            Map.entry(CommandGroup.SCRIPTING, Category.SCRIPTING),
            Map.entry(CommandGroup.HYPERLOGLOG, Category.HYPERLOGLOG),
            Map.entry(CommandGroup.GEO, Category.GEO),
            Map.entry(CommandGroup.STREAM, Category.STREAM),
            Map.entry(CommandGroup.BITMAP, Category.BITMAP));

    /** Categories that commands/*.json of Redis 7.0 give some commands beyond the derived ones. */
    static final Map<String, Set<Category>> EXTRA = Map.ofEntries(
            Map.entry("keys", Set.of(Category.DANGEROUS)),
            Map.entry("info", Set.of(Category.DANGEROUS)),
            Map.entry("migrate", Set.of(Category.DANGEROUS)),
            Map.entry("restore", Set.of(Category.DANGEROUS)),
            Map.entry("restore-asking", Set.of(Category.KEYSPACE, Category.DANGEROUS)),
            Map.entry("flushall", Set.of(Category.KEYSPACE, Category.DANGEROUS)),
            Map.entry("flushdb", Set.of(Category.KEYSPACE, Category.DANGEROUS)),
            Map.entry("swapdb", Set.of(Category.KEYSPACE, Category.DANGEROUS)),
            Map.entry("dbsize", Set.of(Category.KEYSPACE)),
            Map.entry("lastsave", Set.of(Category.ADMIN, Category.DANGEROUS)),
            Map.entry("role", Set.of(Category.ADMIN, Category.DANGEROUS)),
            Map.entry("sort", Set.of(Category.SET, Category.SORTEDSET, Category.LIST, Category.DANGEROUS)),
            Map.entry("sort_ro", Set.of(Category.SET, Category.SORTEDSET, Category.LIST, Category.DANGEROUS)),
            Map.entry("wait", Set.of(Category.CONNECTION)),
            Map.entry("asking", Set.of(Category.CONNECTION)),
            Map.entry("readonly", Set.of(Category.CONNECTION)),
            Map.entry("readwrite", Set.of(Category.CONNECTION)),
            Map.entry("command", Set.of(Category.CONNECTION)),
            Map.entry("command|count", Set.of(Category.CONNECTION)),
            Map.entry("command|docs", Set.of(Category.CONNECTION)),
            Map.entry("command|getkeys", Set.of(Category.CONNECTION)),
            Map.entry("command|getkeysandflags", Set.of(Category.CONNECTION)),
            Map.entry("command|help", Set.of(Category.CONNECTION)),
            Map.entry("command|info", Set.of(Category.CONNECTION)),
            Map.entry("command|list", Set.of(Category.CONNECTION)));

    /** Commands of the generic group whose JSON file does not say @keyspace. */
    private static final Set<String> NO_GROUP_CATEGORY = Set.of("sort", "sort_ro", "wait");

    /** The categories of {@code spec}, "@" included, in Redis's order. */
    static List<String> of(CommandSpec spec, boolean container) {
        Set<Category> cats = EnumSet.noneOf(Category.class);
        Category group = GROUP_CATEGORY.get(spec.group());
        if (!container && group != null && !NO_GROUP_CATEGORY.contains(spec.name())) {
            cats.add(group);
        }
        cats.addAll(EXTRA.getOrDefault(spec.name(), Set.of()));
        if (spec.has(CommandFlag.WRITE)) {
            cats.add(Category.WRITE);
        }
        if (spec.has(CommandFlag.READONLY) && spec.group() != CommandGroup.SCRIPTING) {
            cats.add(Category.READ);
        }
        if (spec.has(CommandFlag.ADMIN)) {
            cats.add(Category.ADMIN);
            cats.add(Category.DANGEROUS);
        }
        if (spec.has(CommandFlag.PUBSUB)) {
            cats.add(Category.PUBSUB);
        }
        if (spec.has(CommandFlag.FAST)) {
            cats.add(Category.FAST);
        }
        if (spec.has(CommandFlag.BLOCKING)) {
            cats.add(Category.BLOCKING);
        }
        if (!cats.contains(Category.FAST)) {
            cats.add(Category.SLOW);
        }
        List<String> out = new ArrayList<>(cats.size());
        for (Category c : cats) {
            out.add("@" + c.word());
        }
        return out;
    }
}
