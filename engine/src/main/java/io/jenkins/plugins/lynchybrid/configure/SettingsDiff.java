package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Compares one existing object with the settings it must have: one Set- change per property that differs,
 * each the call {@code setter} builds for that single parameter, so a change can be applied, reported and
 * retried on its own.
 */
final class SettingsDiff {
    private SettingsDiff() {}

    static List<Change> changes(
            Resource resource,
            String target,
            List<DesiredSetting> settings,
            PsObject current,
            BiFunction<String, Object, CmdletCall> setter) {
        return settings.stream()
                .filter(s -> !s.isSatisfiedBy(PropertyValue.of(current, s.property())))
                .map(s -> new Change(
                        resource,
                        target,
                        Change.Action.SET,
                        s.property(),
                        PropertyValue.of(current, s.property()),
                        s.value(),
                        setter.apply(s.parameter(), s.argument())))
                .toList();
    }
}
