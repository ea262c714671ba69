package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostingProviderRequirementTest {
    private final HostingProviderRequirement requirement = new HostingProviderRequirement(Cloud.WORLDWIDE);

    private static PsObject provider(String identity) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("Identity", identity);
        p.put("ProxyFqdn", "sipfed.online.lync.com");
        p.put("VerificationLevel", "UseSourceVerification");
        p.put("Enabled", true);
        p.put("EnabledSharedAddressSpace", true);
        p.put("HostsOCSUsers", true);
        p.put("IsLocal", false);
        p.put("AutodiscoverUrl", "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root");
        return PsObjects.of(p);
    }

    @Test
    void findsTheProviderByProxyFqdnWhateverItsIdentity() {
        PsObject exchange = PsObjects.with(provider("Exchange Online"), "ProxyFqdn", "exap.um.outlook.com");

        assertEquals(
                "Office365",
                requirement
                        .find(List.of(exchange, provider("Office365")))
                        .orElseThrow()
                        .text("Identity")
                        .orElseThrow());
    }

    @Test
    void aCompleteProviderLacksNothing() {
        assertEquals(Map.of(), requirement.wrongValues(provider("LyncOnline")));
    }

    @Test
    void acceptsATenantSpecificAutodiscoverHost() {
        PsObject specific = PsObjects.with(
                provider("LyncOnline"),
                "AutodiscoverUrl",
                "https://webdir0e.online.lync.com/Autodiscover/AutodiscoverService.svc/root");

        assertEquals(Map.of(), requirement.wrongValues(specific));
    }

    @Test
    void namesEachWrongValueAndSetsOnlyThose() {
        PsObject wrong = PsObjects.with(
                PsObjects.with(provider("LyncOnline"), "EnabledSharedAddressSpace", false),
                "VerificationLevel",
                "AlwaysVerifiable");

        Map<String, String> values = requirement.wrongValues(wrong);

        assertEquals(List.of("EnabledSharedAddressSpace", "VerificationLevel"), List.copyOf(values.keySet()));
        assertEquals(
                "Set-CsHostingProvider -Identity LyncOnline -EnabledSharedAddressSpace $true"
                        + " -VerificationLevel UseSourceVerification",
                requirement.setCommand("LyncOnline", values.keySet()));
    }

    @Test
    void theNewCommandCarriesEveryHybridValue() {
        String command = requirement.newCommand("LyncOnline");

        assertEquals(
                "New-CsHostingProvider -Identity LyncOnline -ProxyFqdn sipfed.online.lync.com -Enabled $true"
                        + " -EnabledSharedAddressSpace $true -HostsOCSUsers $true -VerificationLevel"
                        + " UseSourceVerification -IsLocal $false -AutodiscoverUrl"
                        + " https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root",
                command);
        assertTrue(command.contains("-ProxyFqdn " + Cloud.WORLDWIDE.hostingProviderFqdn()));
    }
}
