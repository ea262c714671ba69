package io.jenkins.plugins.lynchybrid.configure;

/** One change in words: what it does to which object, as reviewers read it in plans and reports. */
final class ChangeText {
    private ChangeText() {}

    static String summary(Change change) {
        String subject = change.resource().displayName() + " " + change.target();
        return switch (change.action()) {
            case CREATE -> "create " + subject + " (" + change.property() + " " + value(change.to()) + ")";
            case REMOVE ->
                "remove " + subject + " (" + change.property() + " " + value(change.from())
                        + " cannot be changed in place)";
            case SET -> subject + ": " + change.property() + " " + value(change.from()) + " -> " + value(change.to());
        };
    }

    static String value(Object value) {
        return value == null ? "(none)" : value.toString();
    }
}
