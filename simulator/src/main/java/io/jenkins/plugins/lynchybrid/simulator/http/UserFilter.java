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
 * {@code property eq value} (a quoted string, true, false or null), {@code property in ('a','b',...)} and
 * {@code startswith(property,'text')}, joined with {@code and}. A quote inside a string literal is doubled (OData
 * ABNF). An {@code in} list holds at most 15 values: Graph's known issues ("Some limitations apply to query
 * parameters", learn.microsoft.com/graph/known-issues) limit the {@code in} operator "to 15 expressions in the filter
 * clause by default"; more are refused with 400 {@code Request_UnsupportedQuery}.
 */
final class UserFilter {
    static final int MAX_IN_VALUES = 15;
    private static final String LITERAL = "'(?:[^']|'')*'";
    private static final Pattern EQ = Pattern.compile("(\\w+)\\s+eq\\s+(" + LITERAL + "|true|false|null)");
    private static final Pattern IN =
            Pattern.compile("(\\w+)\\s+in\\s+\\(\\s*(" + LITERAL + "(?:\\s*,\\s*" + LITERAL + ")*)\\s*\\)");
    private static final Pattern ONE_LITERAL = Pattern.compile(LITERAL);
    private static final Pattern STARTS_WITH = Pattern.compile("startswith\\((\\w+)\\s*,\\s*'((?:[^']|'')*)'\\)");

    /** A filter Graph parses but will not run, answered with 400 {@code Request_UnsupportedQuery}. */
    static final class UnsupportedQuery extends IllegalArgumentException {
        UnsupportedQuery(String message) {
            super(message);
        }
    }

    private UserFilter() {}

    /** Compiles {@code filter}; throws IllegalArgumentException with Graph's wording for what it cannot answer. */
    static Predicate<Map<String, Object>> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return user -> true;
        }
        List<Predicate<Map<String, Object>>> clauses = new ArrayList<>();
        for (String clause : clauses(filter.trim())) {
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
        Matcher in = IN.matcher(clause);
        if (in.matches()) {
            String property = in.group(1);
            List<Object> values = new ArrayList<>();
            Matcher literal = ONE_LITERAL.matcher(in.group(2));
            while (literal.find()) {
                values.add(normalise(literal(literal.group())));
            }
            if (values.size() > MAX_IN_VALUES) {
                // the limit is Microsoft's (known issues); the wording is what Graph answers when it is passed
                throw new UnsupportedQuery("Too many child clauses specified in search filter expression containing"
                        + " 'OR' operators: " + values.size() + ". Max allowed: " + MAX_IN_VALUES + ".");
            }
            return user -> values.contains(normalise(user.get(property)));
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

    /** Splits on {@code and} outside string literals, so a quoted value holding " and " stays one value. */
    private static List<String> clauses(String filter) {
        List<String> clauses = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < filter.length(); i++) {
            char c = filter.charAt(i);
            if (c == '\'') {
                quoted = !quoted; // a doubled quote flips twice and stays inside the literal
            } else if (!quoted && filter.regionMatches(true, i, " and ", 0, 5)) {
                clauses.add(filter.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        clauses.add(filter.substring(start));
        return clauses;
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
