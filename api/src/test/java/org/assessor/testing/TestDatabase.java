package org.assessor.testing;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.assessor.store.Database;
import org.assessor.store.DatabaseConfig;

/**
 * The databases Assessor stores in, for storage tests that must pass on each: put
 * {@code @ParameterizedClass @EnumSource(TestDatabase.class)} on the test class and open the
 * database through {@link #fresh(Path)}.
 */
public enum TestDatabase {
    /** Embedded H2 files in a temporary folder. */
    H2 {
        @Override
        public DatabaseConfig config() {
            return DatabaseConfig.embedded();
        }
    },
    /** A new database on the test JVM's PostgreSQL server ({@link PostgresCluster#shared()}). */
    POSTGRESQL {
        @Override
        public DatabaseConfig config() {
            return PostgresCluster.shared().newDatabase();
        }
    };

    /** The configuration of a new, empty database of this kind (H2 in the server's data folder). */
    public abstract DatabaseConfig config();

    /**
     * A new, empty database of this kind: each call of the supplier opens it (migrating it the
     * first time), so a test can close it and open it again. H2 keeps its files in {@code folder}.
     */
    public Supplier<Database> fresh(Path folder) {
        DatabaseConfig config = config();
        return () -> Database.open(config, folder);
    }
}
