package io.jenkins.plugins.lynchybrid.simulator.dns;

import io.jenkins.plugins.lynchybrid.simulator.world.DnsRecord;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;

/**
 * Answers one query from the World's public zone the way a recursive resolver in front of that zone would:
 * aliases are chased into the answer section, unknown names get NXDOMAIN and known names without the asked
 * type get an empty answer, both with the zone's SOA in the authority section.
 */
final class ZoneAnswerer {
    private static final long TTL = 3600;
    /** Resolvers give up on alias chains this long; a longer one is a loop. */
    private static final int MAX_ALIASES = 8;

    private final World world;

    ZoneAnswerer(World world) {
        this.world = world;
    }

    Message answer(Message query) {
        Message response = new Message(query.getHeader().getID());
        Header header = response.getHeader();
        header.setFlag(Flags.QR);
        header.setFlag(Flags.RA);
        if (query.getHeader().getFlag(Flags.RD)) {
            header.setFlag(Flags.RD);
        }
        Record question = query.getQuestion();
        if (question == null) {
            header.setRcode(Rcode.FORMERR);
            return response;
        }
        response.addRecord(question, Section.QUESTION);
        if (query.getHeader().getOpcode() != Opcode.QUERY || question.getDClass() != DClass.IN) {
            header.setRcode(Rcode.NOTIMP);
            return response;
        }
        Snapshot zone = world.read(w -> new Snapshot(
                List.copyOf(w.dnsZone()), Set.copyOf(w.failingDnsNames()), Set.copyOf(w.refusedDnsNames())));
        if (zone.refused().contains(key(question.getName()))) {
            // a resolver that does not recurse for this client answers REFUSED with no records (RFC 1035 §4.1.1)
            header.setRcode(Rcode.REFUSED);
            return response;
        }
        try {
            resolve(zone, question.getName(), question.getType(), response);
        } catch (IllegalStateException e) {
            // a zone record that cannot be served fails the query, as a broken zone does on a real server
            serverFailure(response);
        }
        return response;
    }

    private static void resolve(Snapshot zone, Name asked, int type, Message response) {
        Name name = asked;
        Set<String> seen = new java.util.HashSet<>();
        for (int aliases = 0; aliases <= MAX_ALIASES; aliases++) {
            if (!seen.add(key(name))) {
                // a loop: dnsmasq answers NOERROR with the looping aliases and no record of the asked type
                return;
            }
            if (zone.failing().contains(key(name))) {
                serverFailure(response);
                return;
            }
            List<Record> owned = zone.ownedBy(name);
            if (owned.isEmpty()) {
                response.getHeader().setRcode(Rcode.NXDOMAIN);
                response.addRecord(soaAbove(name), Section.AUTHORITY);
                return;
            }
            List<Record> matching =
                    owned.stream().filter(r -> r.getType() == type).toList();
            if (!matching.isEmpty()) {
                matching.forEach(r -> response.addRecord(r, Section.ANSWER));
                return;
            }
            Optional<CNAMERecord> alias = owned.stream()
                    .filter(CNAMERecord.class::isInstance)
                    .map(CNAMERecord.class::cast)
                    .findFirst();
            if (alias.isEmpty()) {
                response.addRecord(soaAbove(name), Section.AUTHORITY);
                return;
            }
            response.addRecord(alias.get(), Section.ANSWER);
            name = alias.get().getTarget();
        }
        serverFailure(response);
    }

    private static void serverFailure(Message response) {
        response.removeAllRecords(Section.ANSWER);
        response.removeAllRecords(Section.AUTHORITY);
        response.getHeader().setRcode(Rcode.SERVFAIL);
    }

    /** The SOA of the registered domain holding {@code name} (its last two labels). */
    private static SOARecord soaAbove(Name name) {
        int labelsBelowApex = Math.max(0, name.labels() - 3);
        Name apex = new Name(name, labelsBelowApex);
        return new SOARecord(
                apex,
                DClass.IN,
                TTL,
                absolute("ns1." + key(apex)),
                absolute("hostmaster." + key(apex)),
                1,
                3600,
                600,
                86400,
                TTL);
    }

    private static String key(Name name) {
        return name.toString(true).toLowerCase(Locale.ROOT);
    }

    private static Name absolute(String name) {
        try {
            return Name.fromString(name, Name.root);
        } catch (TextParseException e) {
            throw new IllegalStateException("zone name '" + name + "' is not a valid DNS name", e);
        }
    }

    private static Record toWire(DnsRecord record) {
        Name owner = absolute(record.name());
        try {
            return switch (record.type()) {
                case "A" -> new ARecord(owner, DClass.IN, TTL, Address.getByAddress(record.address(), Address.IPv4));
                case "AAAA" ->
                    new AAAARecord(owner, DClass.IN, TTL, Address.getByAddress(record.address(), Address.IPv6));
                case "CNAME" -> new CNAMERecord(owner, DClass.IN, TTL, absolute(record.target()));
                case "SRV" ->
                    new SRVRecord(
                            owner,
                            DClass.IN,
                            TTL,
                            record.priority(),
                            record.weight(),
                            record.port(),
                            absolute(record.target()));
                default ->
                    throw new IllegalStateException(
                            "zone record " + record.name() + " has type " + record.type() + ", which is not served");
            };
        } catch (UnknownHostException e) {
            throw new IllegalStateException(
                    "zone record " + record.name() + " has address '" + record.address() + "', not an IP literal", e);
        }
    }

    private record Snapshot(List<DnsRecord> records, Set<String> failing, Set<String> refused) {
        List<Record> ownedBy(Name name) {
            String wanted = key(name);
            return records.stream()
                    .filter(r -> key(absolute(r.name())).equals(wanted))
                    .map(ZoneAnswerer::toWire)
                    .toList();
        }
    }
}
