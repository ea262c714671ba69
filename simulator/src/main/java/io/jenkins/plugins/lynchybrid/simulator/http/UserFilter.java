package io.jenkins.plugins.lynchybrid.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OData {@code $filter} subset Graph's users collection answers without advanced query headers:
 * {@code property eq value} (a quoted string, true, false or null) and {@code startswith(property,'text')},
 * joined with {@code and}.
 */
final class UserFilter {
    private static final Pattern EQ = Pattern.compile("(\\w+)\\s+eq\\s+('(?:[^']|'')*'|true|false|null)");
    private static final Pattern STARTS_WITH = Pattern.compile("startswith\\((\\w+)\\s*,\\s*'((?:[^']|'')*)'\\)");

    private UserFilter() {}

    /** Compiles {@code filter}; throws IllegalArgumentException with Graph's wording for what it cannot answer. */
    static Predicate<Map<String, Object>> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return user -> true;
        }
        List<Predicate<Map<String, Object>>> clauses = new ArrayList<>();
        for (String clause : filter.trim().split("\\s+and\\s+")) {
            clauses.add(clause(clause.trim()));
        }
        return user -> clauses.stream().allMatch(c -> c.test(user));
    }

    private static Predicate<Map<String, Object>> clause(String clause) {
        Matcher eq = EQ.matcher(clause);
        if (eq.matches()) {
            String property = eq.group(1);
            Object expected = literal(eq.group(2));
            return user -> Objects.equals(normalise(user.get(property)), normalise(expected));
        }
        Matcher startsWith = STARTS_WITH.matcher(clause);
        if (startsWith.matches()) {
            String property = startsWith.group(1);
            String prefix = startsWith.group(2).replace("''", "'").toLowerCase(java.util.Locale.ROOT);
            return user -> user.get(property) instanceof String value
                    && value.toLowerCase(java.util.Locale.ROOT).startsWith(prefix);
        }
        throw new IllegalArgumentException("Unsupported or invalid query filter clause specified: '" + clause + "'.");
    }

    private static Object literal(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> text.substring(1, text.length() - 1).replace("''", "'");
        };
    }

    private static Object normalise(Object value) {
        return value instanceof String s ? s.toLowerCase(java.util.Locale.ROOT) : value;
    }
}
