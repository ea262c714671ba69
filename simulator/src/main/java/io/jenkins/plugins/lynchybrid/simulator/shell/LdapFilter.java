package io.jenkins.plugins.lynchybrid.simulator.shell;

import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Get-CsUser's {@code -LdapFilter}: an LDAP search filter (RFC 4515) over the user's Active Directory attributes,
 * which Active Directory evaluates. Get-CsUser.md shows the filter without its outer parentheses ({@code
 * "|(Title=Supervisor)(Title=Manager)"}, EXAMPLE 8) and Grant-CsClientPolicy.md with them ({@code
 * "(|(Title=Accountant)(Title=Senior Accountant))"}), so both are taken. Supported: {@code &}, {@code |}, {@code !},
 * equality, presence ({@code =*}) and substrings, values escaped as {@code \XX} (RFC 4515 §3); an attribute the
 * simulated directory does not hold is Undefined (RFC 4511 §4.5.1.7), so its item matches nobody and its negation
 * nobody either. The attributes: {@code msRTCSIP-PrimaryUserAddress} (the user's SIP address with {@code sip:},
 * "Schema attributes and descriptions in Lync Server 2013"), {@code userPrincipalName}, {@code displayName},
 * {@code distinguishedName}; Active Directory compares these Unicode strings without regard to case.
 */
final class LdapFilter {
    /** A three-valued result (RFC 4511): null is Undefined. */
    private interface Node {
        Boolean test(OnPremUser user);
    }

    private static final Map<String, Function<OnPremUser, String>> ATTRIBUTES =
            new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        ATTRIBUTES.put("msRTCSIP-PrimaryUserAddress", OnPremUser::sipAddress);
        ATTRIBUTES.put("userPrincipalName", OnPremUser::userPrincipalName);
        ATTRIBUTES.put("displayName", OnPremUser::displayName);
        ATTRIBUTES.put("distinguishedName", OnPremUser::distinguishedName);
    }

    private final String text;
    /** The SIP addresses of the equality items on msRTCSIP-PrimaryUserAddress, while only such items are seen. */
    private final List<String> sipEqualities = new ArrayList<>();

    private boolean onlySipEqualitiesOred = true;
    private int at;

    private LdapFilter(String text) {
        this.text = text;
    }

    /**
     * A parsed filter. {@code sipAddresses} is present when the filter is nothing but ORed equalities on
     * msRTCSIP-PrimaryUserAddress: Active Directory answers those from the attribute's index, so the simulator looks
     * the users up by SIP address instead of testing every user (the answer is the same).
     */
    record Parsed(Predicate<OnPremUser> matches, Optional<List<String>> sipAddresses) {}

    /** The filter as a predicate; a filter that is not RFC 4515 is refused as Get-CsUser refuses a bad value. */
    static Parsed parse(String filter) {
        String trimmed = filter.strip();
        LdapFilter parser = new LdapFilter(trimmed.startsWith("(") ? trimmed : "(" + trimmed + ")");
        Node root;
        try {
            root = parser.filter();
            if (parser.at != parser.text.length()) {
                throw parser.invalid("text after the filter's end");
            }
        } catch (IndexOutOfBoundsException e) {
            throw parser.invalid("the filter ends early");
        }
        return new Parsed(
                user -> Boolean.TRUE.equals(root.test(user)),
                parser.onlySipEqualitiesOred ? Optional.of(List.copyOf(parser.sipEqualities)) : Optional.empty());
    }

    private Node filter() {
        expect('(');
        Node node =
                switch (text.charAt(at)) {
                    case '&' -> {
                        at++;
                        onlySipEqualitiesOred = false;
                        List<Node> all = list();
                        yield user -> combine(all, user, false);
                    }
                    case '|' -> {
                        at++;
                        List<Node> any = list();
                        yield user -> combine(any, user, true);
                    }
                    case '!' -> {
                        at++;
                        onlySipEqualitiesOred = false;
                        Node inner = filter();
                        yield user -> {
                            Boolean value = inner.test(user);
                            return value == null ? null : !value;
                        };
                    }
                    default -> item();
                };
        expect(')');
        return node;
    }

    private List<Node> list() {
        List<Node> nodes = new ArrayList<>();
        while (text.charAt(at) == '(') {
            nodes.add(filter());
        }
        if (nodes.isEmpty()) {
            throw invalid("'&' or '|' with no filter after it");
        }
        return nodes;
    }

    /**
     * RFC 4511's three-valued AND ({@code decisive} false) and OR ({@code decisive} true): one item with the decisive
     * value decides; else any Undefined item makes the whole Undefined.
     */
    private static Boolean combine(List<Node> nodes, OnPremUser user, boolean decisive) {
        boolean undefined = false;
        for (Node node : nodes) {
            Boolean value = node.test(user);
            if (value != null && value == decisive) {
                return decisive;
            }
            undefined |= value == null;
        }
        return undefined ? null : !decisive;
    }

    private Node item() {
        int start = at;
        while ("=~<>()".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String attribute = text.substring(start, at).strip();
        if (attribute.isEmpty() || text.charAt(at) != '=') {
            throw invalid("an item needs 'attribute=value' (only equality, presence and substrings are simulated)");
        }
        at++;
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        while (text.charAt(at) != ')') {
            char c = text.charAt(at);
            if (c == '(') {
                throw invalid("an unescaped '(' in a value (write \\28)");
            }
            if (c == '\\') {
                escaped.write(Integer.parseInt(hex(), 16));
                continue;
            }
            part.append(escaped.toString(StandardCharsets.UTF_8));
            escaped.reset();
            if (c == '*') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
            at++;
        }
        part.append(escaped.toString(StandardCharsets.UTF_8));
        parts.add(part.toString());
        Optional<Function<OnPremUser, String>> read = Optional.ofNullable(ATTRIBUTES.get(attribute));
        if (parts.size() == 1 && attribute.equalsIgnoreCase("msRTCSIP-PrimaryUserAddress")) {
            sipEqualities.add(parts.get(0));
        } else {
            onlySipEqualitiesOred = false;
        }
        if (parts.size() == 2 && parts.get(0).isEmpty() && parts.get(1).isEmpty()) {
            return user -> read.map(r -> r.apply(user) != null).orElse(false);
        }
        return user -> read.map(r -> r.apply(user))
                .map(value -> matches(value.toLowerCase(Locale.ROOT), parts))
                .orElse(null);
    }

    private String hex() {
        if (at + 2 >= text.length()
                || Character.digit(text.charAt(at + 1), 16) < 0
                || Character.digit(text.charAt(at + 2), 16) < 0) {
            throw invalid("'\\' must be followed by two hex digits (RFC 4515)");
        }
        String digits = text.substring(at + 1, at + 3);
        at += 3;
        return digits;
    }

    /** Equality when there is one part; else initial, any and final substrings in order. */
    private static boolean matches(String value, List<String> parts) {
        if (parts.size() == 1) {
            return value.equals(parts.get(0).toLowerCase(Locale.ROOT));
        }
        String first = parts.get(0).toLowerCase(Locale.ROOT);
        String last = parts.get(parts.size() - 1).toLowerCase(Locale.ROOT);
        if (!value.startsWith(first) || value.length() < first.length() + last.length() || !value.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int end = value.length() - last.length();
        for (String any : parts.subList(1, parts.size() - 1)) {
            int found = value.indexOf(any.toLowerCase(Locale.ROOT), from);
            if (found < 0 || found + any.length() > end) {
                return false;
            }
            from = found + any.length();
        }
        return true;
    }

    private void expect(char c) {
        if (text.charAt(at) != c) {
            throw invalid("'" + c + "' expected at character " + (at + 1));
        }
        at++;
    }

    /** The wording is ours: Microsoft documents no error text for a bad LDAP filter. */
    private CmdletError invalid(String why) {
        return CmdletError.invalidArgument(
                "Get-CsUser",
                "Cannot bind parameter 'LdapFilter'. \"" + text + "\" is not a valid LDAP search filter: " + why + ".");
    }
}
