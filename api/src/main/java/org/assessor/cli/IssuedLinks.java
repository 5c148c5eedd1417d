package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * The links and messages that {@code rounds invite} and {@code rounds remind} get back (an
 * {@code IssuedLinksView}), for people: one line per link with its role, invitee and whether its
 * message went by mail, then what the lead has to do by hand; and, with {@code --messages DIR},
 * each message in a text file of its own, ready to copy into a mail.
 */
final class IssuedLinks {
    private IssuedLinks() {
    }

    /** What the lead must do with the links just shown. */
    private record Tally(int sent, int toCopy, int noAddress, int failed, int open) {
        static Tally of(JsonNode answer) {
            int sent = 0;
            int toCopy = 0;
            int noAddress = 0;
            int failed = 0;
            int open = 0;
            boolean mails = "smtp".equals(answer.path("mail").asText());
            for (JsonNode l : answer.path("links")) {
                if (isOpen(l)) {
                    open++;
                } else if (l.path("sent").asBoolean()) {
                    sent++;
                } else {
                    toCopy++;
                    if (l.at("/invitation/email").isMissingNode() || l.at("/invitation/email").isNull()) {
                        noAddress++;
                    } else if (mails) {
                        failed++;
                    }
                }
            }
            return new Tally(sent, toCopy, noAddress, failed, open);
        }
    }

    static boolean isOpen(JsonNode link) {
        return "open".equals(link.at("/invitation/kind").asText());
    }

    /**
     * Prints the links of an invitation or a reminder, and what to do with them.
     *
     * @param reminders true for {@code rounds remind}: links may be absent (the reminder asks to use
     *                  the link they have), and a new link replaces the old one
     * @param messages  the folder {@code --messages} names; null if none
     */
    static void print(JsonNode answer, PrintWriter out, boolean reminders, Path messages) {
        JsonNode links = answer.path("links");
        boolean anyLink = false;
        TextTable table = new TextTable("  ");
        for (JsonNode l : links) {
            JsonNode invitation = l.path("invitation");
            String who = isOpen(l) ? "open link for up to " + invitation.path("cap").asInt()
                    : RoundCall.who(invitation);
            String delivery = isOpen(l) ? "share it" : l.path("sent").asBoolean() ? "sent by mail" : "to copy";
            String link = RoundCall.or(l.get("link"), null);
            anyLink |= link != null;
            table.row(invitation.path("role").asText(), who, delivery, link == null
                    ? "(no new link: asked to use the link they have)" : reminders ? "new link " + link : link);
        }
        table.print(out);
        if (anyLink) {
            out.println("These links are shown only now: the server keeps no copy of them. Keep this output"
                    + " until each has reached its invitee" + (reminders
                    ? "; each new link replaces that person's earlier one, which no longer works." : "."));
        }
        Tally t = Tally.of(answer);
        List<String> said = new ArrayList<>();
        if (t.sent() > 0) {
            said.add(RoundCall.count(t.sent(), "message") + " sent by mail");
        }
        if (t.toCopy() > 0) {
            said.add(t.toCopy() + " to copy to " + (t.toCopy() == 1 ? "its invitee" : "their invitees") + " by hand");
        }
        if (t.open() > 0) {
            said.add(RoundCall.count(t.open(), "open link") + " to share with " + (t.open() == 1 ? "its group"
                    : "their groups"));
        }
        if (!said.isEmpty()) {
            out.println("messages: " + String.join("; ", said) + ".");
        }
        if (t.toCopy() > 0) {
            if (!"smtp".equals(answer.path("mail").asText())) {
                out.println("  The server sends no mail (it has no --smtp), so nothing was sent.");
            }
            if (t.failed() > 0) {
                out.println("  " + t.failed() + " could not be sent by mail: 'GET /api/rounds/ROUND/outbox' says why.");
            }
            if (t.noAddress() > 0) {
                out.println("  " + t.noAddress() + " ha" + (t.noAddress() == 1 ? "s" : "ve") + " no e-mail address.");
            }
            out.println(messages == null ? "  Copy each message with --messages DIR, which writes each to a text file."
                    : "  Each message is written to a text file in " + messages + " (below).");
        }
    }

    /**
     * Checks that {@code --messages DIR} can be written, making it if need be, before any link is
     * made: a link that cannot be written is shown once and would be lost.
     */
    static void prepare(CommandLine commandLine, Path messages) {
        if (messages == null) {
            return;
        }
        try {
            Files.createDirectories(messages);
            Files.delete(Files.createTempFile(messages, ".assessor-", ".txt"));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "--messages " + messages + ": cannot write there ("
                    + e + ")");
        }
    }

    /**
     * Writes each message with its link to a file of its own in {@code messages}, never over one
     * already there: {@code To:} and {@code Subject:} lines (where known), a blank line and the
     * text. Returns the files written.
     *
     * @param subjects subjects by invitation id, from the round's outbox (an invitee without an address
     *                 has none there, and gets the subject of the others); may be empty
     */
    static List<Path> write(JsonNode answer, Path messages, Map<String, String> subjects, String kind)
            throws IOException {
        List<Path> written = new ArrayList<>();
        JsonNode links = answer.path("links");
        int width = Integer.toString(links.size()).length();
        int n = 0;
        for (JsonNode l : links) {
            n++;
            String message = RoundCall.or(l.get("message"), null);
            if (message == null) {
                continue;
            }
            JsonNode invitation = l.path("invitation");
            String stem = String.format(Locale.ROOT, "%0" + width + "d-%s-%s", n, kind,
                    slug(invitation.path("role").asText() + " " + RoundCall.or(invitation.get("name"), "")));
            StringBuilder text = new StringBuilder();
            String email = RoundCall.or(invitation.get("email"), null);
            if (email != null) {
                text.append("To: ").append(RoundCall.who(invitation)).append('\n');
            }
            String subject = subjects.getOrDefault(invitation.path("id").asText(),
                    subjects.values().stream().findFirst().orElse(null));
            if (subject != null) {
                text.append("Subject: ").append(subject).append('\n');
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(message);
            written.add(writeNew(messages, stem, text.toString()));
        }
        return written;
    }

    /**
     * Writes {@code text} to {@code stem.txt} in {@code folder}, or to {@code stem-2.txt} and so on
     * if that is taken: a message written earlier may hold a link that still works.
     */
    private static Path writeNew(Path folder, String stem, String text) throws IOException {
        for (int n = 1; ; n++) {
            Path file = folder.resolve(stem + (n == 1 ? "" : "-" + n) + ".txt");
            try {
                return Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // try the next name
            }
        }
    }

    /** Lower-case letters and digits of {@code text}, the rest as single dashes. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    /**
     * Subjects of the round's {@code kind} messages by invitation id, from its outbox (the latest
     * one for each); empty if the outbox cannot be read.
     */
    static Map<String, String> subjects(ServerClient client, String round, String kind) {
        Map<String, String> subjects = new HashMap<>();
        try {
            ServerClient.Reply reply = client.get(RoundCall.roundPath(round, "/outbox"));
            if (reply.ok()) {
                for (JsonNode m : reply.body().path("messages")) {
                    if (kind.equals(m.path("kind").asText())) {
                        subjects.put(m.path("invitationId").asText(), m.path("subject").asText());
                    }
                }
            }
        } catch (ServerClient.Unreachable e) {
            // the files are still worth having without subjects
        }
        return subjects;
    }

    /** Writes the messages (see {@link #write}) and says where; returns the exit code. */
    static int writeAndSay(JsonNode answer, ServerClient client, String round, Path messages, String kind,
                           PrintWriter out, PrintWriter err) {
        if (messages == null || answer.path("links").isEmpty()) {
            return 0;
        }
        try {
            List<Path> files = write(answer, messages, subjects(client, round, kind), kind);
            out.println("wrote " + RoundCall.count(files.size(), "message") + " to " + messages + ":");
            files.forEach(f -> out.println("  " + f.getFileName()));
            return 0;
        } catch (IOException e) {
            err.println("could not write the messages to " + messages + " (" + e + "); the links printed are"
                    + " the only copy");
            return 1;
        }
    }
}
