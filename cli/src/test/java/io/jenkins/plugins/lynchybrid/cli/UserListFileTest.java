package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserListFileTest {
    @TempDir
    Path dir;

    @Test
    void readsOneUserPerLineSkippingCommentsBlanksDuplicatesAndTheSipPrefix() throws IOException {
        Path file = Files.writeString(
                dir.resolve("users.txt"),
                "# pilot group\nuser00001@contoso.com\n\nsip:user00002@contoso.com\nuser00001@contoso.com\n");

        assertEquals(List.of("user00001@contoso.com", "user00002@contoso.com"), UserListFile.read(file));
    }

    @Test
    void aLineThatIsNotAUserPrincipalNameIsRejectedWithItsLineNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("users.txt"), "user00001@contoso.com\nJohn Smith\n");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> UserListFile.read(file));
        assertTrue(e.getMessage().contains("line 2: 'John Smith'"), e.getMessage());
    }

    @Test
    void aMissingFileIsAConfigurationErrorNamingIt() {
        Path missing = dir.resolve("absent.txt");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> UserListFile.read(missing));
        assertTrue(e.getMessage().startsWith("--users " + missing), e.getMessage());
    }
}
