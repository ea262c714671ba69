package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * An Active Directory distinguished name, parsed and compared as RFC 4514 says (through the JDK's {@link LdapName}):
 * spaces around separators, the case of attribute types and values, and the ways of escaping a special character
 * ({@code \,}, {@code \2C}, a quoted value) make no difference. {@code OU=Sales\, EMEA, DC=contoso, DC=com} and
 * {@code ou=sales\2C emea,dc=contoso,dc=com} are one name.
 */
public final class DistinguishedName {
    private final LdapName name;
    private final String text;

    private DistinguishedName(LdapName name, String text) {
        this.name = name;
        this.text = text;
    }

    /**
     * A full DN (one that ends in the domain's {@code DC=} components), or a {@link ConfigurationException} naming
     * {@code what} and why the value is not one: a bare name, an empty component, no domain.
     */
    public static DistinguishedName parse(String value, String what) {
        String text = value == null ? "" : value.strip();
        Optional<LdapName> parsed = ldapName(text);
        if (parsed.isEmpty() || parsed.get().isEmpty()) {
            throw new ConfigurationException(what + " '" + text + "' is not a distinguished name; write the full"
                    + " DN, e.g. OU=Executives,OU=Lync,DC=contoso,DC=com");
        }
        LdapName name = parsed.get();
        for (Rdn rdn : name.getRdns()) {
            if (rdn.getType().isEmpty() || rdn.getValue().toString().isEmpty()) {
                throw new ConfigurationException(what + " '" + text + "' has an empty component '" + rdn + "'");
            }
        }
        if (name.getRdns().stream().noneMatch(r -> r.getType().equalsIgnoreCase("DC"))) {
            throw new ConfigurationException(what + " '" + text + "' names no domain: a distinguished name in Active"
                    + " Directory ends with the domain's DC= components, e.g. " + text + ",DC=contoso,DC=com");
        }
        return new DistinguishedName(name, text);
    }

    private static Optional<LdapName> ldapName(String text) {
        try {
            return Optional.of(new LdapName(text));
        } catch (InvalidNameException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The name in RFC 4514's own form: no spaces around separators, special characters escaped with a backslash, as
     * {@code Get-CsUser -OU} is given it.
     */
    public String canonical() {
        List<Rdn> rdns = new ArrayList<>(name.getRdns());
        Collections.reverse(rdns);
        return rdns.stream().map(Rdn::toString).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DistinguishedName dn && dn.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The name as it was written. */
    @Override
    public String toString() {
        return text;
    }
}
