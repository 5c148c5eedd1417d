package org.assessor.store;

import org.assessor.api.ResultJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.assessor.testing.PostgresCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a PostgreSQL database: with credentials in the URL, from several nodes at once, and
 * the clear failures when it cannot be reached or refuses the password.
 */
class PostgresDatabaseTest {
    private final PostgresCluster postgres = PostgresCluster.shared();
    @TempDir
    Path unused;

    @Test
    void opensWithTheCredentialsInTheUrlAndNeverDescribesThem() throws SQLException {
        DatabaseConfig created = postgres.newDatabase();
        DatabaseConfig inUrl = DatabaseConfig.postgres(created.jdbcUrl() + "?user=" + PostgresCluster.USER
                + "&password=" + PostgresCluster.PASSWORD, null, null);

        try (Database database = Database.open(inUrl, unused)) {
            assertThat(database.description()).contains("PostgreSQL at //127.0.0.1:" + postgres.port(),
                    "as " + PostgresCluster.USER).doesNotContain(PostgresCluster.PASSWORD);
            try (Connection connection = database.dataSource().getConnection()) {
                assertThat(connection.getMetaData().getURL()).doesNotContain(PostgresCluster.PASSWORD);
            }
        }
    }

    @Test
    void severalNodesStartingAtOnceMigrateTheSchemaOnce() throws Exception {
        DatabaseConfig config = postgres.newDatabase();
        int nodes = 3;
        CyclicBarrier together = new CyclicBarrier(nodes);
        List<CompletableFuture<Database>> opening = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            opening.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return Database.open(config, unused);
            }));
        }
        List<Database> opened = new ArrayList<>();
        try {
            for (CompletableFuture<Database> node : opening) {
                opened.add(node.get());
            }
            try (Connection connection = opened.get(0).dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet applied = statement.executeQuery(
                         "SELECT COUNT(*), COUNT(DISTINCT version) FROM flyway_schema_history WHERE success")) {
                applied.next();
                assertThat(applied.getInt(1)).isEqualTo(migrations()).isEqualTo(applied.getInt(2));
            }
            new JdbcAssessmentStore(opened.get(nodes - 1).dataSource(), new ResultJson()).check();
        } finally {
            opened.forEach(Database::close);
        }
    }

    @Test
    void failsAtOnceNamingTheServerWhenNothingListens() throws IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseConfig nowhere = DatabaseConfig.postgres("jdbc:postgresql://127.0.0.1:" + closedPort + "/assessor",
                PostgresCluster.USER, PostgresCluster.PASSWORD);

        assertThatThrownBy(() -> Database.open(nowhere, unused)).isInstanceOf(StorageFailed.class)
                .hasMessageContaining("cannot open the database (PostgreSQL at //127.0.0.1:" + closedPort)
                .hasMessageContaining("refused")
                .satisfies(e -> assertThat(((StorageFailed) e).databaseUnreachable()).isTrue())
                .message().doesNotContain(PostgresCluster.PASSWORD);
    }

    @Test
    void aWrongPasswordFailsClearlyWithoutShowingIt() {
        DatabaseConfig wrong = DatabaseConfig.postgres(postgres.newDatabase().jdbcUrl(), PostgresCluster.USER,
                "not-the-password-7f3a");

        assertThatThrownBy(() -> Database.open(wrong, unused)).isInstanceOf(StorageFailed.class)
                .hasMessageContaining("password authentication failed for user \"" + PostgresCluster.USER + "\"")
                .message().doesNotContain("not-the-password-7f3a");
    }

    /** The migrations Assessor ships. */
    private static long migrations() throws IOException, URISyntaxException {
        URL folder = Database.class.getResource("/db/migration");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }
}
