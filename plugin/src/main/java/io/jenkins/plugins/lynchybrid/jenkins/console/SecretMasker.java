package io.jenkins.plugins.lynchybrid.jenkins.console;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    /**
     * {@code failure} as it may be shown in the build log and stored with the build: itself when none of its
     * messages (its causes' and suppressed exceptions' included) holds a secret, otherwise a copy whose messages
     * are masked. The copy keeps the original's class name in its message and its stack traces, which hold no
     * data.
     */
    public Exception masked(Exception failure) {
        return leaks(failure, Collections.newSetFromMap(new IdentityHashMap<>()))
                ? (Exception) copy(failure, new IdentityHashMap<>())
                : failure;
    }

    private boolean leaks(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (!Objects.equals(failure.toString(), mask(failure.toString()))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (leaks(suppressed, seen)) {
                return true;
            }
        }
        return leaks(failure.getCause(), seen);
    }

    private Throwable copy(Throwable failure, Map<Throwable, Throwable> copies) {
        Throwable done = copies.get(failure);
        if (done != null) {
            return done;
        }
        MaskedException copy = new MaskedException(mask(failure.toString()));
        copies.put(failure, copy);
        copy.setStackTrace(failure.getStackTrace());
        if (failure.getCause() != null) {
            copy.initCause(copy(failure.getCause(), copies));
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, copies));
        }
        return copy;
    }

    /** A failure whose original held a secret; its message starts with the original's class name. */
    public static final class MaskedException extends Exception {
        private static final long serialVersionUID = 1L;

        MaskedException(String message) {
            super(message);
        }
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
