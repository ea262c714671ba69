package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/** Get-CsUser over the world's users, with the real objects' property names. */
final class UserCmdlets {
    private UserCmdlets() {}

    /** Finds a user by SIP address, UPN, distinguished name or display name, as UserIdParameter does. */
    static Optional<OnPremUser> find(World world, String identity) {
        return world.user(identity)
                .or(() -> world.users().stream()
                        .filter(u -> u.distinguishedName().equalsIgnoreCase(identity)
                                || u.displayName().equalsIgnoreCase(identity))
                        .findFirst());
    }

    /**
     * Grant-CsTeamsUpgradePolicy -Identity (MicrosoftTeams): assigns the named instance to the user, or with
     * {@code -PolicyName $null} removes the user's assignment so the tenant's Global policy applies
     * (move-users-from-the-cloud-to-on-premises.md: "Grant-CsTeamsUpgradePolicy -Identity $user -PolicyName $null").
     * Granting what the user already has changes nothing. The cmdlet writes no output unless -PassThru.
     */
    static List<ObjectNode> grantTeamsUpgradePolicy(World world, Parameters p) {
        String identity = p.text("Identity")
                .orElseThrow(() -> CmdletError.invalidOperation(
                        p.cmdlet(), "The simulator models per-user TeamsUpgradePolicy grants only (-Identity)."));
        OnPremUser user = find(world, identity).orElseThrow(() -> CmdletError.notFound(p.cmdlet(), identity));
        user.teamsUpgradePolicy(
                p.text("PolicyName").filter(name -> !name.isBlank()).orElse(null));
        world.recordChange("online", p.cmdlet(), user.sipAddress(), p.forRecord());
        return List.of();
    }

    static List<ObjectNode> getCsUser(World world, Parameters p) {
        if (p.has("Identity")) {
            String identity = p.required("Identity");
            OnPremUser user = find(world, identity).orElseThrow(() -> CmdletError.notFound(p.cmdlet(), identity));
            return List.of(toObject(readable(world, user)));
        }
        if (p.has("Filter") && p.has("LdapFilter")) {
            // Get-CsUser.md: "if you use Filter in a command you cannot use LdapFilter in that same command"; the
            // page gives no error text, so the wording is ours
            throw CmdletError.invalidArgument(
                    p.cmdlet(), "The Filter and LdapFilter parameters cannot be used in the same command.");
        }
        Predicate<ObjectNode> filter = p.text("Filter").map(UserFilter::parse).orElse(u -> true);
        Optional<LdapFilter.Parsed> ldap = p.text("LdapFilter").map(LdapFilter::parse);
        Predicate<OnPremUser> ldapFilter = ldap.map(LdapFilter.Parsed::matches).orElse(u -> true);
        Optional<LdapName> ou = p.text("OU").map(o -> distinguishedName(p, o));
        Collection<OnPremUser> candidates = ldap.flatMap(LdapFilter.Parsed::sipAddresses)
                .<Collection<OnPremUser>>map(sips -> sips.stream()
                        .flatMap(sip -> world.user(sip).stream())
                        .distinct()
                        .toList())
                .orElseGet(world::users);
        return candidates.stream()
                .filter(u -> ou.isEmpty() || inOu(u.distinguishedName(), ou.get()))
                .filter(ldapFilter)
                .map(u -> toObject(readable(world, u)))
                .filter(filter)
                .limit(resultSize(p))
                .toList();
    }

    /** The wording is ours: Microsoft documents no error for a directory object the cmdlet cannot read. */
    private static OnPremUser readable(World world, OnPremUser user) {
        String sip = user.sipAddress().toLowerCase(java.util.Locale.ROOT);
        if (world.unreadableUsers().contains(sip.startsWith("sip:") ? sip.substring(4) : sip)) {
            throw new CmdletError(
                    "ReadError",
                    "Active Directory object \"" + user.distinguishedName() + "\" could not be read: an attribute"
                            + " value is not valid.",
                    "ReadError," + CmdletError.cmdletType("Get-CsUser"));
        }
        return user;
    }

    /**
     * Active Directory compares distinguished names as RFC 4514 names: spacing around separators, case and the
     * ways of escaping a character make no difference. -OU takes the OU's users at any depth below it.
     */
    private static boolean inOu(String userDn, LdapName ou) {
        try {
            LdapName user = new LdapName(userDn);
            return user.size() > ou.size() && user.startsWith(ou);
        } catch (InvalidNameException e) {
            return false;
        }
    }

    /** An -OU value that is no DN is refused (the wording is ours: Microsoft documents no text for it). */
    private static LdapName distinguishedName(Parameters p, String value) {
        try {
            return new LdapName(value);
        } catch (InvalidNameException | IllegalArgumentException e) {
            throw CmdletError.invalidArgument(
                    p.cmdlet(), "Cannot bind parameter 'OU'. \"" + value + "\" is not a valid distinguished name.");
        }
    }

    private static long resultSize(Parameters p) {
        String size = p.text("ResultSize").orElse("Unlimited");
        if (size.equalsIgnoreCase("Unlimited")) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(size);
        } catch (NumberFormatException e) {
            throw CmdletError.invalidArgument(
                    p.cmdlet(), "Cannot bind parameter 'ResultSize'. Cannot convert value \"" + size + "\".");
        }
    }

    /**
     * The user as the contract allows Get-CsUser to show it: documented properties, Enabled and LineURI (Set-CsUser
     * parameters) and HostingProvider (kept with its reason). No UserPrincipalName or DistinguishedName: no page
     * shows either read from Get-CsUser.
     */
    static ObjectNode toObject(OnPremUser u) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("Identity", u.distinguishedName());
        o.put("SipAddress", u.sipAddress());
        o.put("DisplayName", u.displayName());
        o.put("Enabled", u.enabled());
        o.put("HostingProvider", u.hostingProvider());
        o.put("RegistrarPool", u.isOnline() ? null : u.registrarPool());
        o.put("EnterpriseVoiceEnabled", u.enterpriseVoiceEnabled());
        o.put("LineURI", u.lineUri());
        o.put("ConferencingPolicy", u.conferencingPolicy());
        return ObjectNodes.of(o);
    }

    static boolean isRegistrarPool(World world, String fqdn) {
        return world.services().stream()
                .anyMatch(s -> ("Registrar:" + fqdn).equalsIgnoreCase((String) s.get("Identity")));
    }

    static String onPremLocator() {
        return OnPremUser.ON_PREM_LOCATOR;
    }
}
