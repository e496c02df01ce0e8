package com.cosell.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded PostgreSQL 18: one server, a database for Co-sell and one for Keycloak, each with
 * its own login. The data folder is kept, so a restart finds everything as it was.
 */
final class LocalDatabase implements AutoCloseable {

    static final String[] DATABASES = {"cosell", "keycloak"};

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private LocalDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    static LocalDatabase start(Path dataDir, int port) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        LocalDatabase db = new LocalDatabase(postgres, dataDir);
        db.ensureDatabases();
        return db;
    }

    private void ensureDatabases() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            for (String name : DATABASES) {
                if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'")) {
                    s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
                }
                if (!exists(s, "SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                    s.execute("CREATE DATABASE " + name + " OWNER " + name);
                }
            }
        }
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        // zonky leaves its lock file behind; the server is down, so nothing holds it any more.
        Files.deleteIfExists(dataDir.resolve("epg-lock"));
    }
}
