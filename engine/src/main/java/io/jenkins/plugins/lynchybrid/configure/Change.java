package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import java.util.Objects;

/**
 * One difference between the hybrid as it is and as it must be, with the single cmdlet call that removes it.
 *
 * @param target the instance changed: {@code Global}, or a hosting provider's Identity
 * @param property the property that differs; for a created or removed hosting provider, {@code ProxyFqdn}
 * @param from the current value, null when absent
 * @param to the value after the change, null when the object is removed
 */
public record Change(
        Resource resource, String target, Action action, String property, Object from, Object to, CmdletCall call) {

    public Change {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(call, "call");
    }

    /** What the change does to its target. */
    public enum Action {
        SET,
        CREATE,
        REMOVE
    }
}
