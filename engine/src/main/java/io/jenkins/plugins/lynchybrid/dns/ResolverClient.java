package io.jenkins.plugins.lynchybrid.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/** Asks one resolver one question at a time, retrying a bounded number of times when it stays silent. */
final class ResolverClient {
    /** Resolvers give up on alias chains this long; a longer one is a loop. */
    private static final int MAX_ALIASES = 8;

    private final SimpleResolver resolver;
    private final Duration timeout;
    private final int attempts;

    ResolverClient(SimpleResolver resolver, Duration timeout, int attempts) {
        this.resolver = resolver;
        this.timeout = timeout;
        this.attempts = attempts;
        resolver.setTimeout(timeout);
    }

    Answer ask(String name, int type) {
        Name question = parse(name);
        Message query = Message.newQuery(Record.newRecord(question, type, DClass.IN));
        for (int attempt = 1; ; attempt++) {
            try {
                return read(resolver.send(query), question, type);
            } catch (IOException e) {
                if (!isTimeout(e)) {
                    return failure(question, type, DnsStatus.FAILED, explain(e));
                }
                if (attempt == attempts) {
                    return failure(
                            question,
                            type,
                            DnsStatus.TIMEOUT,
                            "no answer from " + server() + " in " + attempts + " attempt(s) of " + timeout.toMillis()
                                    + " ms");
                }
            }
        }
    }

    private Answer read(Message response, Name question, int type) {
        List<Record> answers = response.getSection(Section.ANSWER);
        List<String> aliases = new ArrayList<>();
        Name owner = question;
        List<Record> records = ownedBy(answers, owner, type);
        Optional<CNAMERecord> alias = alias(answers, owner, type, records);
        Set<Name> visited = new HashSet<>(List.of(question));
        boolean loop = false;
        while (alias.isPresent() && !loop) {
            owner = alias.get().getTarget();
            aliases.add(text(owner));
            loop = !visited.add(owner) || aliases.size() > MAX_ALIASES;
            records = loop ? List.of() : ownedBy(answers, owner, type);
            alias = loop ? Optional.empty() : alias(answers, owner, type, records);
        }
        int rcode = response.getRcode();
        DnsStatus status =
                switch (rcode) {
                    case Rcode.NOERROR -> noErrorStatus(records, loop);
                    case Rcode.NXDOMAIN -> DnsStatus.NXDOMAIN;
                    case Rcode.SERVFAIL -> DnsStatus.SERVFAIL;
                    case Rcode.REFUSED -> DnsStatus.REFUSED;
                    default -> DnsStatus.FAILED;
                };
        String detail =
                switch (status) {
                    case ANSWERED -> records.size() + " record(s) from " + server();
                    case NO_DATA -> "no " + Type.string(type) + " record from " + server();
                    case ALIAS_LOOP ->
                        "the alias chain " + text(question) + " -> " + String.join(" -> ", aliases)
                                + (aliases.size() > MAX_ALIASES ? " is longer than " + MAX_ALIASES : " loops")
                                + " (from " + server() + ")";
                    default -> Rcode.string(rcode) + " from " + server();
                };
        return new Answer(new DnsOutcome(text(question), Type.string(type), status, detail), aliases, records);
    }

    private static DnsStatus noErrorStatus(List<Record> records, boolean loop) {
        if (loop) {
            return DnsStatus.ALIAS_LOOP;
        }
        return records.isEmpty() ? DnsStatus.NO_DATA : DnsStatus.ANSWERED;
    }

    private static List<Record> ownedBy(List<Record> answers, Name owner, int type) {
        return answers.stream()
                .filter(r -> r.getName().equals(owner) && r.getType() == type)
                .toList();
    }

    /** The alias to follow from {@code owner}: none once the asked type is found, or when the alias is asked. */
    private static Optional<CNAMERecord> alias(List<Record> answers, Name owner, int type, List<Record> found) {
        if (!found.isEmpty() || type == Type.CNAME) {
            return Optional.empty();
        }
        return ownedBy(answers, owner, Type.CNAME).stream()
                .map(CNAMERecord.class::cast)
                .findFirst();
    }

    private Answer failure(Name question, int type, DnsStatus status, String detail) {
        return new Answer(new DnsOutcome(text(question), Type.string(type), status, detail), List.of(), List.of());
    }

    private String server() {
        InetSocketAddress address = resolver.getAddress();
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    private String explain(IOException failure) {
        if (failure instanceof PortUnreachableException) {
            return "nothing listens at " + server() + " (port unreachable)";
        }
        String message = failure.getMessage() != null
                ? failure.getMessage()
                : failure.getClass().getSimpleName();
        return message + " asking " + server();
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static Name parse(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("DNS name is empty");
        }
        try {
            return Name.fromString(name.trim(), Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("DNS name '" + name + "' is not valid: " + e.getMessage(), e);
        }
    }

    static String text(Name name) {
        return name.toString(true).toLowerCase(Locale.ROOT);
    }
}
