package io.jenkins.plugins.lynchybrid.jenkins.agent;

import java.util.List;

/**
 * Command arguments as Jenkins' launchers should pass them on: literally. {@code Launcher.LocalLauncher} (which
 * also runs every command an agent is sent) expands {@code $NAME} and {@code ${NAME}} in each argument from the
 * environment ({@code EnvVars.expand}, i.e. {@code Util.replaceMacro}) and turns {@code $$} into {@code $}. A site's
 * shell command such as {@code -Command & $PSHOME\powershell.exe} must reach the agent as typed, so every
 * {@code $} is doubled.
 */
final class CommandArguments {
    private CommandArguments() {}

    static List<String> literal(List<String> command) {
        return command.stream().map(argument -> argument.replace("$", "$$")).toList();
    }
}
