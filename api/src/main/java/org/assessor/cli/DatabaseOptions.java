package org.assessor.cli;

import java.nio.file.Path;
import org.assessor.store.Database;
import org.assessor.store.DatabaseConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that choose a command's database, shared by every command that opens one: the
 * embedded database under {@code --data}, or a PostgreSQL database with {@code --db} and its
 * credentials (from options or the environment; never logged).
 */
final class DatabaseOptions {
    static final String USER_VARIABLE = "ASSESSOR_DB_USER";
    static final String PASSWORD_VARIABLE = "ASSESSOR_DB_PASSWORD";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The folder of the embedded database, created if missing (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Use this PostgreSQL database (jdbc:postgresql://HOST:PORT/DATABASE) instead of the one"
                    + " under --data. The schema is created or upgraded when it opens.")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "The database user (default: $" + USER_VARIABLE + ").")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "The database password (default: $" + PASSWORD_VARIABLE + ", which is safer: other users"
                    + " of the machine can see command lines). Never logged.")
    String dbPassword;

    @Option(names = "--db-pool-size", paramLabel = "N", defaultValue = "" + DatabaseConfig.DEFAULT_POOL_SIZE,
            description = "Connections to keep (default: ${DEFAULT-VALUE}, for a 2-core node: cores * 2 + 1;"
                    + " 1 to " + DatabaseConfig.MAX_POOL_SIZE + ").")
    int dbPoolSize;

    /** The database these options name; wrong usage of {@code command} if they do not make sense. */
    DatabaseConfig config(CommandLine command) {
        if (dbPoolSize < 1 || dbPoolSize > DatabaseConfig.MAX_POOL_SIZE) {
            throw new CommandLine.ParameterException(command, "--db-pool-size must be 1 to " + DatabaseConfig.MAX_POOL_SIZE);
        }
        if (db == null) {
            if (dbUser != null || dbPassword != null) {
                throw new CommandLine.ParameterException(command,
                        "--db-user and --db-password need --db (the embedded database under --data has no users)");
            }
            return DatabaseConfig.embedded().withPoolSize(dbPoolSize);
        }
        try {
            return DatabaseConfig.postgres(db, dbUser != null ? dbUser : System.getenv(USER_VARIABLE),
                    dbPassword != null ? dbPassword : System.getenv(PASSWORD_VARIABLE)).withPoolSize(dbPoolSize);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command, "--db: " + e.getMessage());
        }
    }

    /** Opens (and migrates) the database these options name. */
    Database open(CommandLine command) {
        return Database.open(config(command), data);
    }
}
