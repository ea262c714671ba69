package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BootstrapScriptTest {

    @Test
    void theScriptIsStagedWithAUtf8ByteOrderMarkSoWindowsPowerShellReadsItAsUtf8() throws Exception {
        byte[] file;
        try (ProcessLauncher.StagedFile staged =
                new LocalProcessLauncher().stage(BootstrapScript.FILE_NAME, BootstrapScript.bytes())) {
            file = Files.readAllBytes(Path.of(staged.path()));
        }
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
    }

    @Test
    void theScriptNeverEvaluatesTextAsCode() {
        String script = new String(BootstrapScript.bytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        assertFalse(script.contains("invoke-expression"));
        assertFalse(script.contains("iex "));
        assertFalse(script.contains("[scriptblock]::create"));
        assertTrue(script.contains("@splat"), "parameters are splatted");
    }
}
