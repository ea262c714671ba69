package io.jenkins.plugins.lynchybrid.users;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects users in source order. A later line naming a user already named (same SIP address, UPN or key) is a
 * problem and is not used; a line that contradicts an earlier one (one SIP address with two UPNs, or one UPN with two
 * SIP addresses) is a problem too, and neither line is used, since nobody can tell which of them is right.
 */
final class UserSelectionBuilder {
    private final List<UserRef> users = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    private final Map<String, UserRef> bySip = new HashMap<>();
    private final Map<String, UserRef> byUpn = new HashMap<>();
    private final Map<String, UserRef> byKey = new HashMap<>();

    void add(UserRef user) {
        Optional<String> sip = user.sipAddress().map(UserRef::keyOf);
        Optional<String> upn = user.userPrincipalName().map(UserRef::keyOf);
        Optional<UserRef> earlier =
                sip.map(bySip::get).or(() -> upn.map(byUpn::get)).or(() -> Optional.ofNullable(byKey.get(user.key())));
        if (earlier.isEmpty()) {
            users.add(user);
            sip.ifPresent(s -> bySip.put(s, user));
            upn.ifPresent(u -> byUpn.put(u, user));
            byKey.putIfAbsent(user.key(), user);
            return;
        }
        UserRef first = earlier.get();
        Optional<String> conflict = differs("SIP address", first.sipAddress(), user.sipAddress())
                .or(() -> differs("UserPrincipalName", first.userPrincipalName(), user.userPrincipalName()));
        if (conflict.isPresent()) {
            boolean stillUsed = users.remove(first);
            problem(
                    user.origin(),
                    "conflicts with " + first.origin() + ": " + conflict.get() + "; neither line is used"
                            + (stillUsed ? "" : " (that line was already set aside)"));
        } else {
            problem(user.origin(), "repeats " + first.origin() + " (" + user.identity() + "); this line is not used");
        }
    }

    /** Describes how two values of one attribute differ, when both are given. */
    private static Optional<String> differs(String what, Optional<String> first, Optional<String> later) {
        if (first.isEmpty() || later.isEmpty()) {
            return Optional.empty();
        }
        boolean same = first.get().toLowerCase(Locale.ROOT).equals(later.get().toLowerCase(Locale.ROOT));
        return same
                ? Optional.empty()
                : Optional.of("the same user has " + what + " " + first.get() + " there and " + later.get() + " here");
    }

    void problem(String location, String message) {
        problems.add(new SourceProblem(location, message));
    }

    UserSelection build() {
        return new UserSelection(users, problems);
    }
}
