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
import org.junit.jupiter.api.io.TempDir;

class BootstrapScriptTest {

    @Test
    void theScriptIsWrittenWithAUtf8ByteOrderMarkSoWindowsPowerShellReadsItAsUtf8(@TempDir Path dir) throws Exception {
        byte[] file = Files.readAllBytes(BootstrapScript.writeTo(dir));
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
