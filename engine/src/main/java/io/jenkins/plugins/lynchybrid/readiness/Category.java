package io.jenkins.plugins.lynchybrid.readiness;

/** The part of the hybrid a check looks at; also the first segment of its id. */
public enum Category {
    TENANT("tenant", "Tenant"),
    ON_PREMISES("onprem", "On-premises"),
    DNS("dns", "DNS"),
    TLS("tls", "TLS"),
    USERS("users", "Users");

    private final String prefix;
    private final String title;

    Category(String prefix, String title) {
        this.prefix = prefix;
        this.title = title;
    }

    public String prefix() {
        return prefix;
    }

    public String title() {
        return title;
    }
}
