package io.jenkins.plugins.lynchybrid.jenkins.console;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replaces secrets with {@value #MASK} in a step's console output and in messages about to be shown.
 * Output is masked a line at a time, so a secret split across two writes is still caught; a partial last
 * line is masked when the stream closes. Empty secrets are ignored (masking "" would mangle every line).
 */
public final class SecretMasker {
    public static final String MASK = "****";

    /** A line longer than this is masked and passed on without waiting for its end. */
    private static final int MAX_LINE_BYTES = 1 << 20;

    private final List<String> secrets;

    public SecretMasker(Collection<String> secrets) {
        this.secrets = secrets.stream()
                .filter(Objects::nonNull)
                .filter(s -> !s.isEmpty())
                .distinct()
                // longest first, so a secret containing another is masked whole
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /** A print stream for the console log that masks every line before it reaches {@code log}. */
    public PrintStream maskingPrintStream(OutputStream log, Charset charset) {
        return new PrintStream(new MaskingOutputStream(log, charset), true, charset);
    }

    private final class MaskingOutputStream extends FilterOutputStream {
        private final Charset charset;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        MaskingOutputStream(OutputStream out, Charset charset) {
            super(out);
            this.charset = charset;
        }

        @Override
        public void write(int b) throws IOException {
            line.write(b);
            if (b == '\n' || line.size() >= MAX_LINE_BYTES) {
                emitLine();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        /** Deliberately keeps a partial line back: emitting it now could split a secret. */
        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            emitLine();
            super.close();
        }

        private void emitLine() throws IOException {
            if (line.size() == 0) {
                return;
            }
            out.write(mask(line.toString(charset)).getBytes(charset));
            line.reset();
        }
    }
}
