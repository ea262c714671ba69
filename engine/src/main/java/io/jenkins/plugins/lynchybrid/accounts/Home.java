package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.util.Locale;

/** Where a user is homed, and so where a move sends them. */
public enum Home {
    ON_PREMISES("onprem"),
    ONLINE("online");

    private final String id;

    Home(String id) {
        this.id = id;
    }

    /** The spelling of the CLI, the journal and the reports. */
    public String id() {
        return id;
    }

    public Home opposite() {
        return this == ONLINE ? ON_PREMISES : ONLINE;
    }

    /** The documented spellings only (docs/move.md): a silent alias is one more thing a runbook cannot rely on. */
    public static Home parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "online" -> ONLINE;
            case "onprem", "on-premises" -> ON_PREMISES;
            default -> throw new ConfigurationException("'" + text + "' is not one of online, onprem (or on-premises)");
        };
    }
}
