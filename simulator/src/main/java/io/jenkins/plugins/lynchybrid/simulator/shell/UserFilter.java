package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Get-CsUser's OPath {@code -Filter} the simulator understands: clauses
 * {@code Property -eq|-ne|-like|-notlike Value} joined by {@code -and}, where Value is a quoted string,
 * {@code $true}, {@code $false} or {@code $null}. The filter is parsed as data, never evaluated.
 */
final class UserFilter {
    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*(\\w+)\\s+-(eq|ne|like|notlike)\\s+(\"[^\"]*\"|'[^']*'|\\$true|\\$false|\\$null)\\s*",
            Pattern.CASE_INSENSITIVE);

    private UserFilter() {}

    static Predicate<ObjectNode> parse(String filter) {
        List<Predicate<ObjectNode>> clauses = new ArrayList<>();
        for (String part : filter.split("(?i)\\s-and\\s")) {
            Matcher m = CLAUSE.matcher(part);
            if (!m.matches()) {
                throw new CmdletError(
                        "InvalidArgument",
                        "Cannot bind parameter 'Filter' to the target. Exception setting \"Filter\": \"Invalid filter"
                                + " syntax. For a description of the filter parameter syntax see the command help.\"",
                        "ParameterBindingFailed," + CmdletError.cmdletType("Get-CsUser"));
            }
            clauses.add(clause(m.group(1), m.group(2).toLowerCase(Locale.ROOT), literal(m.group(3))));
        }
        return clauses.stream().reduce(x -> true, Predicate::and);
    }

    private static String literal(String token) {
        if (token.equalsIgnoreCase("$null")) {
            return null;
        }
        if (token.startsWith("$")) {
            return token.substring(1).toLowerCase(Locale.ROOT);
        }
        return token.substring(1, token.length() - 1);
    }

    private static Predicate<ObjectNode> clause(String property, String operator, String expected) {
        return user -> {
            String actual = valueOf(user, property);
            boolean matches =
                    switch (operator) {
                        case "eq", "ne" -> expected == null ? actual == null : expected.equalsIgnoreCase(actual);
                        default ->
                            actual != null
                                    && expected != null
                                    && Wildcards.pattern(expected)
                                            .matcher(actual)
                                            .matches();
                    };
            return operator.startsWith("n") ? !matches : matches;
        };
    }

    private static String valueOf(ObjectNode user, String property) {
        var names = user.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equalsIgnoreCase(property)) {
                JsonNode value = user.get(name);
                return value.isNull() ? null : value.asText().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
