package io.jenkins.plugins.lynchybrid.users;

import java.util.List;

/** Users named on the command line or in a pipeline step: {@code sip:}-prefixed values are SIP addresses, others UPNs. */
public final class InlineUserSource {
    private final IdentityRules rules;

    public InlineUserSource(IdentityRules rules) {
        this.rules = rules;
    }

    public UserSelection read(List<String> identities) {
        UserSelectionBuilder selection = new UserSelectionBuilder();
        for (int i = 0; i < identities.size(); i++) {
            String value = identities.get(i);
            String location = "user #" + (i + 1);
            boolean sip = value.strip().regionMatches(true, 0, "sip:", 0, 4);
            IdentityRules.Checked checked = sip ? rules.sipAddress(value) : rules.userPrincipalName(value);
            if (!checked.valid()) {
                selection.problem(location, checked.problem());
            } else if (sip) {
                selection.add(UserRef.ofSip(checked.value().get(), location));
            } else {
                selection.add(new UserRef(java.util.Optional.empty(), checked.value(), location));
            }
        }
        return selection.build();
    }
}
