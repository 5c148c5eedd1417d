package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assessor.cli.InviteesCsv.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of invitees as spreadsheets and people write them. */
class InviteesCsvTest {
    @TempDir
    Path temp;

    private Path file(String text) throws IOException {
        return Files.writeString(temp.resolve("invitees.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsColumnsInAnyOrderWithQuotesBlankLinesAndTheLineEachInviteeStartsOn() throws Exception {
        Path csv = file("\uFEFFEmail, Role ,Name\r\n"
                + "siân@north.example,board,Siân Ó Briain\r\n"
                + "\r\n"
                + ",frontline-staff,\"Okri, \"\"Ben\"\"\"\r\n"
                + " , partner ,\"two\nlines\"\r\n"
                + "cy@north.example,carer\n"
                + ",other");

        assertThat(InviteesCsv.read(csv)).containsExactly(
                new Row(2, "board", "Siân Ó Briain", "siân@north.example"),
                new Row(4, "frontline-staff", "Okri, \"Ben\"", null),
                new Row(5, "partner", "two\nlines", null),
                new Row(7, "carer", null, "cy@north.example"),
                new Row(8, "other", null, null));
    }

    @Test
    void aHeaderWithRoleAloneIsEnough() throws Exception {
        assertThat(InviteesCsv.read(file("role\nboard\nboard\n"))).extracting(Row::role)
                .containsExactly("board", "board");
    }

    @Test
    void everyProblemOfTheFileIsSaidWithItsLine() throws IOException {
        Path csv = file("role,name,email\nboard,Ada\n,Ben,ben@north.example\nboard,Smith, Jane,\n");

        InviteesCsv.Invalid invalid = catchThrowableOfType(InviteesCsv.Invalid.class, () -> InviteesCsv.read(csv));

        assertThat(invalid.problems()).containsExactly(csv + ":3: no role",
                csv + ":4: 4 fields, but the header names 3 columns (quote a field with a comma in it:"
                        + " \"Smith, Jane\")");
    }

    @Test
    void aFileThatIsNotOneOfInviteesSaysWhatItShouldBe() throws IOException {
        assertThat(problems(file(""))).singleElement().asString().endsWith(": empty; the first line names the"
                + " columns, e.g. role,name,email");
        assertThat(problems(file("role,name,email\n"))).singleElement().asString().endsWith(": no invitees below"
                + " the header");
        assertThat(problems(file("name,email,name\nAda,,\n"))).containsExactly(
                temp.resolve("invitees.csv") + ":1: column 'name' appears twice",
                temp.resolve("invitees.csv") + ":1: no 'role' column; the first line names the columns, e.g."
                        + " role,name,email");
        Path latin1 = Files.write(temp.resolve("latin1.csv"), "role,name\nboard,Si\u00e2n\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems(latin1)).containsExactly(latin1 + ": not UTF-8 text; save it as 'CSV UTF-8'");
    }

    private static List<String> problems(Path csv) {
        return catchThrowableOfType(InviteesCsv.Invalid.class, () -> InviteesCsv.read(csv)).problems();
    }
}
