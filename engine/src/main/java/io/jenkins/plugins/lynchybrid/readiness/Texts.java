package io.jenkins.plugins.lynchybrid.readiness;

import java.util.Collection;
import java.util.stream.Collectors;

/** Evidence and remediation text helpers: lists stay readable when thousands of users are affected. */
final class Texts {
    static final int LISTED = 10;

    private Texts() {}

    /** The first few items, then how many more. */
    static String listed(Collection<String> items) {
        String shown = items.stream().limit(LISTED).collect(Collectors.joining(", "));
        return items.size() > LISTED ? shown + " and " + (items.size() - LISTED) + " more" : shown;
    }

    static String lines(Collection<String> items) {
        return String.join("\n", items);
    }
}
