package org.assessor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Database settings: credentials are taken out of the URL, so nothing that may be logged holds them. */
class DatabaseConfigTest {

    @Test
    void takesTheUserAndPasswordOutOfTheUrl() {
        DatabaseConfig config = DatabaseConfig.postgres(
                "jdbc:postgresql://db.example:5432/assessor?user=app&password=s%40cret&sslmode=require", null, null);

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/assessor?sslmode=require");
        assertThat(config.user()).isEqualTo("app");
        assertThat(config.password()).isEqualTo("s@cret");
        assertThat(config.description()).isEqualTo("PostgreSQL at //db.example:5432/assessor?sslmode=require as app");
        assertThat(config.toString()).doesNotContain("cret").contains("credentials hidden", "pool 5");
    }

    @Test
    void movesEveryPasswordLikeParameterToTheDriversProperties() {
        DatabaseConfig config = DatabaseConfig.postgres(
                "jdbc:postgresql://db/assessor?sslpassword=key-secret&ApplicationName=x&password=p", "app", null);

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db/assessor?ApplicationName=x");
        assertThat(config.secretProperties()).isEqualTo(Map.of("sslpassword", "key-secret"));
        assertThat(config.password()).isEqualTo("p");
        assertThat(config.toString() + config.description()).doesNotContain("key-secret");
    }

    @Test
    void optionsWinOverTheUrl() {
        DatabaseConfig config = DatabaseConfig.postgres("jdbc:postgresql://db/assessor?user=a&password=b", "c", "d");

        assertThat(config.user()).isEqualTo("c");
        assertThat(config.password()).isEqualTo("d");
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db/assessor");
    }

    @Test
    void refusesOtherDatabasesAndCredentialsBeforeTheHostWithoutRepeatingThem() {
        assertThatThrownBy(() -> DatabaseConfig.postgres("jdbc:mysql://db/assessor", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> DatabaseConfig.postgres("jdbc:postgresql://app:hunter2@db/assessor", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--db-password")
                .message().doesNotContain("hunter2");
    }

    @Test
    void poolsFiveConnectionsUnlessToldAndOnlyASensibleNumber() {
        assertThat(DatabaseConfig.embedded().poolSize()).isEqualTo(5);
        assertThat(DatabaseConfig.embedded().withPoolSize(12).poolSize()).isEqualTo(12);
        assertThat(DatabaseConfig.embedded().isEmbedded()).isTrue();
        assertThatThrownBy(() -> DatabaseConfig.embedded().withPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseConfig.embedded().withPoolSize(201))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
