package org.assessor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.assessor.api.ApiJson;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What every {@code rounds} subcommand does: one call to a running server with {@code --server}
 * and {@code --token}, then either short text for people or, with {@code --json}, the server's
 * JSON as it came. A refusal prints the server's detail and field errors (each with the option or
 * file line it came from, where the command knows) and exits with 1, as the {@code rules}
 * commands do.
 */
abstract class RoundCall implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Option(names = "--json", order = 102, description = "Print the server's JSON answer instead of text.")
    boolean json;

    /** Checks the arguments before anything is sent; throws a {@link CommandLine.ParameterException} (exit 2). */
    void check() {
    }

    /** Makes the command's request. */
    abstract ServerClient.Reply send(ServerClient client) throws ServerClient.Unreachable;

    /** Prints a successful answer for people. */
    abstract void print(JsonNode answer, PrintWriter out);

    /**
     * Called after a successful answer has been printed, with or without {@code --json}; returns
     * the exit code. {@code out} is where notes for people go: standard output, or standard error
     * with {@code --json}.
     */
    int after(JsonNode answer, PrintWriter out) {
        return 0;
    }

    /** The option or file line a field error's JSON pointer came from, e.g. {@code --closes}; null if unknown. */
    String source(String pointer) {
        return null;
    }

    @Override
    public Integer call() {
        check();
        PrintWriter err = spec.commandLine().getErr();
        ServerClient.Reply reply;
        try {
            reply = send(server.client());
        } catch (ServerClient.Unreachable e) {
            err.println(e.getMessage());
            return 1;
        }
        if (!reply.ok()) {
            ServerClient.printProblem(reply, err, this::source);
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(reply.body()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            print(reply.body(), out);
        }
        out.flush();
        return after(reply.body(), json ? err : out);
    }

    /** {@code api/rounds/ROUND} followed by {@code rest}, with the round id encoded as a path segment. */
    static String roundPath(String round, String rest) {
        return "api/rounds/" + URLEncoder.encode(round, StandardCharsets.UTF_8).replace("+", "%20") + rest;
    }

    /** {@code text}, or {@code instead} when it is missing or empty. */
    static String or(JsonNode text, String instead) {
        return text == null || text.isNull() || text.asText().isEmpty() ? instead : text.asText();
    }

    /** A moment the server wrote, to the second, for people: {@code 2027-01-31T17:00:00Z}. */
    static String moment(JsonNode instant) {
        try {
            return Instant.parse(instant.asText()).truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (DateTimeParseException e) {
            return instant.asText();
        }
    }

    /** An invitation's {@code Name <address>}, or what there is of it. */
    static String who(JsonNode invitation) {
        String name = or(invitation.get("name"), null);
        String email = or(invitation.get("email"), null);
        if (name == null && email == null) {
            return "(no name)";
        }
        return name == null ? "<" + email + ">" : email == null ? name : name + " <" + email + ">";
    }

    /** {@code n thing} or {@code n things}. */
    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /**
     * Reads a moment such as {@code 2027-01-31T17:00:00Z} or {@code 2027-06-30T17:00:00+01:00}
     * (a local time with its offset), and says what to write when it is neither.
     */
    static final class Moment implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notUtc) {
                try {
                    return OffsetDateTime.parse(value).toInstant();
                } catch (DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not a moment; write e.g."
                            + " 2027-01-31T17:00:00Z (UTC) or 2027-06-30T17:00:00+01:00");
                }
            }
        }
    }
}
