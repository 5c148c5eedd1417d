package org.assessor.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code --smtp} URL into an {@link SmtpConfig}. Every complaint names the part that is
 * wrong and shows what to write; none repeats the URL, which may hold a password.
 */
final class SmtpUri {
    static final String EXAMPLE = "smtp://mail.example.org:587?from=assessor@example.org";
    private static final String FORM = "smtp://[USER[:PASSWORD]@]HOST[:PORT]?from=ADDRESS[&starttls=true|false]";

    private SmtpUri() {
    }

    static SmtpConfig parse(String text, String passwordFromEnv) {
        if (text == null || text.isBlank()) {
            throw wrong("needs a URL, e.g. " + EXAMPLE);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean implicitTls = lower.startsWith("smtps://");
        if (!implicitTls && !lower.startsWith("smtp://")) {
            throw wrong("must start with smtp:// (or smtps:// for TLS from the start), e.g. " + EXAMPLE);
        }
        if (authority(text).chars().filter(c -> c == '@').count() > 1) {
            throw wrong("has more than one @ before the host; write an @ in the user or password as %40");
        }
        URI uri = toUri(text);
        if (uri.getHost() == null) {
            throw wrong("needs a host name and, if not the default, a port number: " + FORM);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw wrong("takes no path (" + uri.getRawPath() + "); write the sender as ?from=ADDRESS: " + FORM);
        }
        if (uri.getRawFragment() != null) {
            throw wrong("takes no #fragment; write a # in the user or password as %23");
        }
        Map<String, String> parameters = parameters(uri.getRawQuery());
        String from = parameters.get("from");
        if (from == null || from.isBlank()) {
            throw wrong("needs ?from=address, e.g. " + EXAMPLE);
        }
        boolean startTls = startTls(parameters.get("starttls"), implicitTls);
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        int port = uri.getPort() < 0 ? (implicitTls ? SmtpConfig.SMTPS_PORT : SmtpConfig.SMTP_PORT) : uri.getPort();
        String[] login = login(uri.getRawUserInfo(), passwordFromEnv);
        try {
            return new SmtpConfig(host, port, implicitTls, startTls, login[0], login[1], from);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--smtp: " + e.getMessage(), e);
        }
    }

    /** What lies between {@code ://} and the path, query or fragment: where user, password and host are. */
    private static String authority(String text) {
        String rest = text.substring(text.indexOf("://") + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return rest.substring(0, end);
    }

    private static URI toUri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw wrong("is not a valid URL (" + e.getReason() + " at character " + (e.getIndex() + 1)
                    + "); percent-encode special characters in the user and password, e.g. %40 for @ and %20 for a space");
        }
    }

    /** The user and password (either null), or an error if only one of them is given. */
    private static String[] login(String rawUserInfo, String passwordFromEnv) {
        if (rawUserInfo == null) {
            return new String[2];
        }
        int colon = rawUserInfo.indexOf(':');
        String user = decode(colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon));
        String password = colon < 0 ? null : decode(rawUserInfo.substring(colon + 1));
        if (user.isEmpty()) {
            throw wrong("has no user before the @; write smtp://USER@HOST... with the password in "
                    + SmtpConfig.PASSWORD_VARIABLE + ", or leave out the @ to send without logging in");
        }
        if (password == null || password.isEmpty()) {
            password = passwordFromEnv == null || passwordFromEnv.isEmpty() ? null : passwordFromEnv;
        }
        if (password == null) {
            throw wrong("names the user " + user + " but no password; set " + SmtpConfig.PASSWORD_VARIABLE
                    + " (or write USER:PASSWORD@ in the URL, where other users of the machine can see it)");
        }
        return new String[] {user, password};
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String parameter : rawQuery.split("&")) {
            int eq = parameter.indexOf('=');
            String name = decode(eq < 0 ? parameter : parameter.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.equals("from") && !name.equals("starttls")) {
                throw wrong("has the parameter \"" + name + "\", which it does not know; it takes from=ADDRESS"
                        + " and starttls=true|false");
            }
            if (parameters.put(name, eq < 0 ? "" : decode(parameter.substring(eq + 1))) != null) {
                throw wrong("has " + name + "= twice; give it once");
            }
        }
        return parameters;
    }

    private static boolean startTls(String value, boolean implicitTls) {
        if (value == null) {
            return !implicitTls;
        }
        if (implicitTls) {
            throw wrong("has starttls= with smtps://, which is TLS from the start; leave starttls out, or use"
                    + " smtp://...&starttls=true for STARTTLS (usually port 587)");
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw wrong("has starttls=" + value + "; write starttls=true (the default: insist on TLS)"
                    + " or starttls=false (send in the clear, e.g. to a relay on the same machine)");
        };
    }

    /** Percent-decodes a URL part; unlike form decoding, a + stays a +. */
    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException wrong(String what) {
        return new IllegalArgumentException("--smtp " + what);
    }
}
