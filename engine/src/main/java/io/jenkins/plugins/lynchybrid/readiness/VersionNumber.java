package io.jenkins.plugins.lynchybrid.readiness;

import java.util.Arrays;

/** A dotted version such as {@code 5.0.8308.1182}, compared part by part as numbers. */
public final class VersionNumber implements Comparable<VersionNumber> {
    private final String text;
    private final int[] parts;

    private VersionNumber(String text, int[] parts) {
        this.text = text;
        this.parts = parts;
    }

    public static VersionNumber parse(String text) {
        String trimmed = text.trim();
        try {
            return new VersionNumber(
                    trimmed,
                    Arrays.stream(trimmed.split("\\."))
                            .mapToInt(Integer::parseInt)
                            .toArray());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("version '" + text + "' is not a dotted number such as 6.2.1", e);
        }
    }

    @Override
    public int compareTo(VersionNumber other) {
        int length = Math.max(parts.length, other.parts.length);
        for (int i = 0; i < length; i++) {
            int difference = Integer.compare(part(i), other.part(i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private int part(int index) {
        return index < parts.length ? parts[index] : 0;
    }

    public boolean atLeast(VersionNumber other) {
        return compareTo(other) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionNumber v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int significant = parts.length;
        while (significant > 0 && parts[significant - 1] == 0) {
            significant--;
        }
        return Arrays.hashCode(Arrays.copyOf(parts, significant));
    }

    @Override
    public String toString() {
        return text;
    }
}
