package io.jenkins.plugins.lynchybrid.site;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.ReadableFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Validates a hand-written site file field by field, before anything connects: every field's presence and shape,
 * fields the reference does not know (a typo such as {@code poolFQDN} would otherwise be ignored silently), and
 * finally the whole file as the jobs read it. Reads no secret and opens no connection.
 */
public final class SiteCheck {
    /** How one field fared. */
    public enum Outcome {
        OK,
        DEFAULT,
        ERROR
    }

    /** One line of the check: the field, how it fared, and what was found or is wrong. */
    public record Verdict(String field, Outcome outcome, String message) {}

    private final JsonNode root;
    private final Path folder;
    private final List<Verdict> verdicts = new ArrayList<>();

    private SiteCheck(JsonNode root, Path folder) {
        this.root = root;
        this.folder = folder;
    }

    /**
     * @throws ConfigurationException when the file cannot be read as one JSON object, so no field can be judged
     */
    public static List<Verdict> check(Path file) {
        SiteCheck check = new SiteCheck(SiteFile.readTree(file), SiteFile.folderOf(file));
        check.unknownFields(check.root, "");
        SiteField.ALL.forEach(check::judge);
        if (check.verdicts.stream().noneMatch(v -> v.outcome() == Outcome.ERROR)) {
            try {
                SiteFile.read(file);
            } catch (ConfigurationException e) {
                check.verdicts.add(new Verdict("(whole file)", Outcome.ERROR, e.getMessage()));
            }
        }
        return List.copyOf(check.verdicts);
    }

    private void unknownFields(JsonNode object, String prefix) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = prefix + entry.getKey();
            Optional<SiteField> known = SiteField.named(name);
            if (known.isEmpty()) {
                verdicts.add(new Verdict(name, Outcome.ERROR, "unknown field" + suggestion(name)));
            } else if (entry.getValue().isObject()) {
                unknownFields(entry.getValue(), name + ".");
            }
        }
    }

    private static String suggestion(String name) {
        return SiteField.ALL.stream()
                .map(SiteField::name)
                .filter(known -> known.equalsIgnoreCase(name) || distance(known, name) <= 2)
                .findFirst()
                .map(known -> ": did you mean " + known + "? (names are case-sensitive)")
                .orElse(": see docs/site-file.md for the fields a site file may hold");
    }

    private void judge(SiteField field) {
        Optional<JsonNode> parent = field.parent().map(p -> root.at("/" + p.replace('.', '/')));
        if (parent.isPresent() && !parent.get().isObject()) {
            return;
        }
        JsonNode node = parent.orElse(root).get(field.key());
        if (node == null || node.isNull()) {
            verdicts.add(
                    field.required()
                            ? new Verdict(field.name(), Outcome.ERROR, "missing: required, a " + describe(field))
                            : new Verdict(field.name(), Outcome.DEFAULT, "not set: the default applies"));
            return;
        }
        try {
            verdicts.add(new Verdict(field.name(), Outcome.OK, shown(field, node)));
        } catch (IllegalArgumentException e) {
            verdicts.add(new Verdict(field.name(), Outcome.ERROR, e.getMessage()));
        }
    }

    /** What the field holds, after checking its shape; a password is never shown. */
    private String shown(SiteField field, JsonNode node) {
        String name = field.name();
        return switch (field.shape()) {
            case TEXT -> name.endsWith("password") ? "(set, not shown)" : text(field, node);
            case TEXT_LIST -> String.join(", ", texts(field, node));
            case HOST_PORT -> {
                String value = text(field, node);
                SiteFile.address(value, name);
                yield value;
            }
            case URL -> SiteFile.uri(text(field, node), name).toString();
            case URL_OR_FROM_TENANT ->
                HostedMigrationOverride.spelled(HostedMigrationOverride.parse(text(field, node), name));
            case WHOLE_NUMBER -> {
                if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
                    throw new IllegalArgumentException("'" + node + "' is not a whole number of at least 1");
                }
                yield node.asText();
            }
            case SERVER_VERSION -> ServerVersion.parse(text(field, node)).productName();
            case CLOUD ->
                node.isObject()
                        ? "explicit endpoints (below)"
                        : Cloud.named(text(field, node)).name();
            case FILE -> file(field, node);
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    throw new IllegalArgumentException("must be true or false (no quotes), found " + node);
                }
                yield node.asText();
            }
            case OBJECT -> {
                if (!node.isObject()) {
                    throw new IllegalArgumentException("must be an object { ... }, found "
                            + node.getNodeType().name().toLowerCase(Locale.ROOT));
                }
                yield "{ " + node.size() + " fields }";
            }
        };
    }

    private String file(SiteField field, JsonNode node) {
        String value = text(field, node);
        try {
            return ReadableFile.require(
                            folder.resolve(value).normalize(), SiteFile.fileLabel(field.name(), value, folder))
                    .toString();
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String text(SiteField field, JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException("must be a " + describe(field) + ", found " + node);
        }
        return node.asText();
    }

    private static List<String> texts(SiteField field, JsonNode node) {
        boolean valid = node.isArray()
                && !node.isEmpty()
                && StreamSupport.stream(node.spliterator(), false)
                        .allMatch(v -> v.isTextual() && !v.asText().isBlank());
        if (!valid) {
            throw new IllegalArgumentException("must be a non-empty " + describe(field) + ", found " + node);
        }
        return StreamSupport.stream(node.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static String describe(SiteField field) {
        return field.shape().description();
    }

    /** Edit distance, for suggesting the field a typo meant. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
