package io.jenkins.plugins.lynchybrid.simulator.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.net.PortUnreachableException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

class DnsServerTest {
    private static final String FEDERATION_SRV = "_sipfederationtls._tcp.contoso.com.";

    private final World world = new World(1, "unused".toCharArray());
    private DnsServer server;
    private SimpleResolver resolver;

    @BeforeEach
    void start() throws IOException {
        server = DnsServer.start(world);
        resolver = new SimpleResolver(server.address());
        resolver.setTimeout(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Message ask(String name, int type) throws IOException {
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
    }

    @Test
    void federationSrvPointsAtTheAccessEdgeOnPort5061() throws IOException {
        Message answer = ask(FEDERATION_SRV, Type.SRV);

        assertEquals(Rcode.NOERROR, answer.getRcode());
        SRVRecord srv = assertInstanceOf(
                SRVRecord.class, answer.getSection(Section.ANSWER).get(0));
        assertEquals(5061, srv.getPort());
        assertEquals(Name.fromString("sip.contoso.com."), srv.getTarget());
    }

    @Test
    void srvMissingScenarioAppliedWhileRunningAnswersNxdomainWithTheZoneSoa() throws IOException {
        Scenario.SRV_MISSING.apply(world);

        Message answer = ask(FEDERATION_SRV, Type.SRV);

        assertEquals(Rcode.NXDOMAIN, answer.getRcode());
        assertTrue(answer.getSection(Section.ANSWER).isEmpty());
        SOARecord soa = assertInstanceOf(
                SOARecord.class, answer.getSection(Section.AUTHORITY).get(0));
        assertEquals(Name.fromString("contoso.com."), soa.getName());
    }

    @Test
    void srvWrongTargetScenarioPointsFederationAtMicrosoft() throws IOException {
        Scenario.SRV_WRONG_TARGET.apply(world);

        Message answer = ask(FEDERATION_SRV, Type.SRV);

        SRVRecord srv = assertInstanceOf(
                SRVRecord.class, answer.getSection(Section.ANSWER).get(0));
        assertEquals(Name.fromString("sipfed.online.lync.com."), srv.getTarget());
    }

    @Test
    void aliasIsChasedIntoTheAnswerSection() throws IOException {
        Message answer = ask("sip.fabrikam.contoso.com.", Type.A);

        List<Record> records = answer.getSection(Section.ANSWER);
        CNAMERecord alias = assertInstanceOf(CNAMERecord.class, records.get(0));
        assertEquals(Name.fromString("sip.contoso.com."), alias.getTarget());
        ARecord address = assertInstanceOf(ARecord.class, records.get(1));
        assertEquals(Name.fromString("sip.contoso.com."), address.getName());
        assertEquals("127.0.0.1", address.getAddress().getHostAddress());
    }

    @Test
    void aliasQueryAnswersTheAliasItselfWithoutChasing() throws IOException {
        Message answer = ask("lyncdiscover.contoso.com.", Type.CNAME);

        List<Record> records = answer.getSection(Section.ANSWER);
        assertEquals(1, records.size());
        assertEquals(Name.fromString("webext.contoso.com."), ((CNAMERecord) records.get(0)).getTarget());
    }

    @Test
    void knownNameWithoutTheAskedTypeAnswersEmptyWithSoa() throws IOException {
        Message answer = ask("sip.contoso.com.", Type.AAAA);

        assertEquals(Rcode.NOERROR, answer.getRcode());
        assertTrue(answer.getSection(Section.ANSWER).isEmpty());
        assertInstanceOf(SOARecord.class, answer.getSection(Section.AUTHORITY).get(0));
    }

    @Test
    void nameWithBrokenAuthoritativeServersAnswersServfail() throws IOException {
        world.change(w -> w.failingDnsNames().add("sip.contoso.com"));

        Message answer = ask("sip.fabrikam.contoso.com.", Type.A);

        assertEquals(Rcode.SERVFAIL, answer.getRcode());
        assertTrue(answer.getSection(Section.ANSWER).isEmpty());
    }

    @Test
    void namesMatchWhateverTheirCase() throws IOException {
        Message answer = ask("SIP.Contoso.COM.", Type.A);

        assertEquals(1, answer.getSection(Section.ANSWER).size());
    }

    @Test
    void closedServerReleasesItsPort() {
        server.close();

        assertThrows(PortUnreachableException.class, () -> ask(FEDERATION_SRV, Type.SRV));
    }
}
