package io.jenkins.plugins.lynchybrid.users;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * How a job names its users: a CSV file, identities listed inline, a Get-CsUser filter (or an OU), or a journal whose
 * moves to roll back. The CLI and the pipeline step both choose through {@link #exactlyOne}, so the four ways mean the
 * same wherever they are given.
 */
public sealed interface UserSource {
    /** The users this source names, identities checked against the site's SIP domains; the shell is opened only for a filter. */
    UserSelection read(IdentityRules rules, Supplier<LyncShell> shell, Home target);

    /** A CSV file with a SipAddress or UserPrincipalName column. */
    record CsvFile(Path file) implements UserSource {
        @Override
        public UserSelection read(IdentityRules rules, Supplier<LyncShell> shell, Home target) {
            return new CsvUserSource(rules).read(file);
        }
    }

    /** SIP addresses or UPNs given one by one. */
    record Listed(List<String> identities) implements UserSource {
        public Listed {
            identities = List.copyOf(identities);
        }

        @Override
        public UserSelection read(IdentityRules rules, Supplier<LyncShell> shell, Home target) {
            return new InlineUserSource(rules).read(identities);
        }
    }

    /** An OU's distinguished name or a Get-CsUser -Filter expression, resolved by the Management Shell. */
    record Filter(String expression) implements UserSource {
        @Override
        public UserSelection read(IdentityRules rules, Supplier<LyncShell> shell, Home target) {
            return new FilterUserSource(shell.get()).read(expression);
        }
    }

    /** The users a journal moved, to be moved back towards {@code target}. */
    record Rollback(Path journal) implements UserSource {
        @Override
        public UserSelection read(IdentityRules rules, Supplier<LyncShell> shell, Home target) {
            return JournalUserSource.read(journal, target);
        }
    }

    /**
     * The one way given; a {@link ConfigurationException} saying {@code whenNotOne} when none or several are.
     * Absent ways are null.
     */
    static UserSource exactlyOne(String whenNotOne, Path csv, List<String> listed, String filter, Path journal) {
        List<UserSource> given = Stream.<UserSource>of(
                        csv == null ? null : new CsvFile(csv),
                        listed == null ? null : new Listed(listed),
                        filter == null ? null : new Filter(filter),
                        journal == null ? null : new Rollback(journal))
                .filter(source -> source != null)
                .toList();
        if (given.size() != 1) {
            throw new ConfigurationException(whenNotOne);
        }
        return given.get(0);
    }
}
