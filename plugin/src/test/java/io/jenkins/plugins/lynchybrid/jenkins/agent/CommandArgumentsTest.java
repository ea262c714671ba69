package io.jenkins.plugins.lynchybrid.jenkins.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What Jenkins' launchers are handed so that their {@code $NAME} expansion gives back the arguments as typed. */
class CommandArgumentsTest {

    @Test
    void everyDollarSignIsDoubledSoTheLauncherTurnsItBackIntoOne() {
        assertEquals(
                List.of("pwsh", "-Command", "& $$PSHOME\\pwsh.exe $${env:X} $$$$"),
                CommandArguments.literal(List.of("pwsh", "-Command", "& $PSHOME\\pwsh.exe ${env:X} $$")));
    }

    @Test
    void argumentsWithoutDollarSignsAreUnchanged() {
        List<String> command = List.of("C:\\Program Files\\PowerShell\\7\\pwsh.exe", "-NoProfile");

        assertEquals(command, CommandArguments.literal(command));
    }
}
