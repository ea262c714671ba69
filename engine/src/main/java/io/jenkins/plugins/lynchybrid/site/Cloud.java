package io.jenkins.plugins.lynchybrid.site;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a tenant's cloud lives: the sign-in authority host, Graph, and the Lync Online federation names.
 * The named clouds carry Microsoft's published endpoints; a site may give explicit ones (the simulator does, and
 * so does a site whose Graph sits behind a gateway).
 *
 * @param graphResource the resource Graph tokens are minted for ({@code <resource>/.default} is the scope)
 * @param graphAllowedHosts hosts besides the Graph endpoint's own that {@code @odata.nextLink} may lead to
 *     (a gateway that rewrites links); lower case
 */
public record Cloud(
        String name,
        URI authorityHost,
        URI graphEndpoint,
        String hostingProviderFqdn,
        URI autodiscoverUrl,
        String graphResource,
        List<String> graphAllowedHosts) {

    /**
     * The Lync Online / Skype for Business Online DNS targets of every Microsoft cloud (domain.md §3.3 and the
     * national-cloud hybrid pages): worldwide {@code *.online.lync.com}, GCC High and DoD
     * {@code *.online.gov.skypeforbusiness.us} / {@code *.online.dod.skypeforbusiness.us}, 21Vianet
     * {@code *.online.partner.lync.cn}.
     */
    private static final List<String> ONLINE_SUFFIXES = List.of(
            ".online.lync.com",
            ".online.gov.skypeforbusiness.us",
            ".online.dod.skypeforbusiness.us",
            ".online.partner.lync.cn");

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    public Cloud {
        graphAllowedHosts = List.copyOf(graphAllowedHosts);
        for (String host : graphAllowedHosts) {
            if (host == null || !HOST_NAME.matcher(host).matches()) {
                throw new IllegalArgumentException("graphAllowedHosts entry '" + host
                        + "' is not a host name (lower-case letters, digits, '-' and '.', no scheme, port or path)");
            }
        }
        if (graphResource == null || !graphResource.startsWith("https://")) {
            throw new IllegalArgumentException("graphResource '" + graphResource + "' is not an https URL");
        }
    }

    /** A cloud whose Graph resource follows from its Graph endpoint, with no extra allowed hosts. */
    public Cloud(String name, URI authorityHost, URI graphEndpoint, String hostingProviderFqdn, URI autodiscoverUrl) {
        this(
                name,
                authorityHost,
                graphEndpoint,
                hostingProviderFqdn,
                autodiscoverUrl,
                resourceOf(graphEndpoint),
                List.of());
    }

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
        return graphResource + "/.default";
    }

    /**
     * Graph's resource identifier for an endpoint: Microsoft's own Graph hosts are their own resource; any other
     * host (a gateway, the simulator) gets the worldwide one unless the site names the resource.
     */
    static String resourceOf(URI graphEndpoint) {
        String host =
                graphEndpoint.getHost() == null ? "" : graphEndpoint.getHost().toLowerCase(Locale.ROOT);
        boolean named = host.endsWith("microsoft.com") || host.endsWith("microsoft.us") || host.endsWith(".cn");
        return named ? "https://" + host : "https://graph.microsoft.com";
    }

    public Cloud withGraph(String resource, List<String> allowedHosts) {
        return new Cloud(
                name, authorityHost, graphEndpoint, hostingProviderFqdn, autodiscoverUrl, resource, allowedHosts);
    }

    /**
     * Connect-MicrosoftTeams' {@code -TeamsEnvironmentName} for this cloud: "TeamsGCCH", "TeamsDOD" or "TeamsChina"
     * (Connect-MicrosoftTeams.md: "Specifies the Teams environment. The following environments are supported"), and
     * none worldwide (GCC included, which uses the worldwide endpoints). A site with explicit endpoints keeps the
     * environment of the cloud it names.
     */
    public Optional<String> teamsEnvironmentName() {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "gcc-high" -> Optional.of("TeamsGCCH");
            case "dod" -> Optional.of("TeamsDOD");
            case "china" -> Optional.of("TeamsChina");
            default -> Optional.empty();
        };
    }

    /** Whether {@code host} is a Skype for Business Online target of any Microsoft cloud. */
    public static boolean onlineTarget(String host) {
        String name = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        return ONLINE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** The named cloud called {@code name}, if it is one. */
    public static Optional<Cloud> known(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "worldwide", "gcc-high", "dod", "china" -> Optional.of(named(name));
            default -> Optional.empty();
        };
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
