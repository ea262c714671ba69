package io.jenkins.plugins.lynchybrid.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * OData {@code $filter} expressions built from untrusted values. A string literal is quoted with {@code '} and a
 * quote inside it is doubled (OData ABNF, {@code SQUOTE-in-string = SQUOTE SQUOTE}), so a value such as
 * {@code o'neil@contoso.com} stays one literal and can neither end the list nor add a clause.
 */
final class ODataFilter {
    private ODataFilter() {}

    /** {@code property in ('a','b',...)}; {@code values} must not be empty. */
    static String in(String property, List<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an 'in' filter needs at least one value");
        }
        return property + " in (" + values.stream().map(ODataFilter::literal).collect(Collectors.joining(",")) + ")";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
