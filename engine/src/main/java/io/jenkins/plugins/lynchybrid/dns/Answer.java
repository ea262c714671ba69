package io.jenkins.plugins.lynchybrid.dns;

import java.util.List;
import org.xbill.DNS.Record;

/**
 * What the resolver said about one question: the outcome, the alias chain it followed, and the records of the
 * asked type held by the end of that chain.
 */
record Answer(DnsOutcome outcome, List<String> aliases, List<Record> records) {
    Answer {
        aliases = List.copyOf(aliases);
        records = List.copyOf(records);
    }
}
