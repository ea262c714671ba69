package io.jenkins.plugins.lynchybrid.site;

import java.net.URI;
import java.util.Locale;

/**
 * Where a tenant's cloud lives: the sign-in authority host, Graph, and the Lync Online federation names.
 * The named clouds carry Microsoft's published endpoints; a site may give explicit ones (the simulator does).
 */
public record Cloud(
        String name, URI authorityHost, URI graphEndpoint, String hostingProviderFqdn, URI autodiscoverUrl) {

    private static final String SIPFED = "sipfed.online.lync.com";
    private static final URI AUTODISCOVER =
            URI.create("https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root");

    public static final Cloud WORLDWIDE = new Cloud(
            "worldwide",
            URI.create("https://login.microsoftonline.com/"),
            URI.create("https://graph.microsoft.com/"),
            SIPFED,
            AUTODISCOVER);
    public static final Cloud GCC_HIGH = new Cloud(
            "gcc-high",
            URI.create("https://login.microsoftonline.us/"),
            URI.create("https://graph.microsoft.us/"),
            "sipfed.online.gov.skypeforbusiness.us",
            URI.create("https://webdir.online.gov.skypeforbusiness.us/Autodiscover/AutodiscoverService.svc/root"));
    public static final Cloud DOD = new Cloud(
            "dod",
            URI.create("https://login.microsoftonline.us/"),
            URI.create("https://dod-graph.microsoft.us/"),
            "sipfed.online.dod.skypeforbusiness.us",
            URI.create("https://webdir.online.dod.skypeforbusiness.us/Autodiscover/AutodiscoverService.svc/root"));
    public static final Cloud CHINA = new Cloud(
            "china",
            URI.create("https://login.chinacloudapi.cn/"),
            URI.create("https://microsoftgraph.chinacloudapi.cn/"),
            "sipfed.online.partner.lync.cn",
            URI.create("https://webdir.online.partner.lync.cn/Autodiscover/AutodiscoverService.svc/root"));

    /** The scope for app-only and delegated Graph tokens: the Graph resource's default scope. */
    public String graphScope() {
        return graphResource() + "/.default";
    }

    /**
     * Graph's resource identifier. Explicit clouds (the simulator, a proxy) keep the worldwide resource
     * identifier, since tokens are still minted for graph.microsoft.com.
     */
    public String graphResource() {
        String host = graphEndpoint.getHost();
        boolean named = host.endsWith("microsoft.com") || host.endsWith("microsoft.us") || host.endsWith(".cn");
        return named ? "https://" + host : "https://graph.microsoft.com";
    }

    public static Cloud named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "worldwide" -> WORLDWIDE;
            case "gcc-high" -> GCC_HIGH;
            case "dod" -> DOD;
            case "china" -> CHINA;
            default ->
                throw new IllegalArgumentException("cloud '" + name
                        + "' is not one of worldwide, gcc-high, dod, china (or give explicit endpoints)");
        };
    }
}
