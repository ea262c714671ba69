package io.jenkins.plugins.lynchybrid.auth;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The human-readable reason of a SOAP 1.2 fault ({@code s:Reason/s:Text}), as AD FS answers a refused WS-Trust request. */
final class SoapFault {
    private static final Pattern TEXT = Pattern.compile("<(?:\\w+:)?Text\\b[^>]*>([^<]{1,500})</(?:\\w+:)?Text>");

    private SoapFault() {}

    static Optional<String> reason(String body) {
        if (body == null) {
            return Optional.empty();
        }
        Matcher matcher = TEXT.matcher(body);
        return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
    }
}
