#pragma once

#include "core/Environment.h"
#include "core/Error.h"

#include <QString>

#include <optional>

namespace sams {

// Where a SAMS database lives: `sqlite:PATH` or
// `postgresql://user@host:port/dbname?libpq=options` (docs/rules.md).
struct DatabaseUrl {
    enum class Kind { Sqlite, PostgreSql };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq parameters, "key=value;key=value" as QPSQL takes them
    // SQLite `?synchronous=full|normal` (docs/durability.md): FULL unless the URL says otherwise.
    QString synchronous = QStringLiteral("FULL");
    // Set when the URL came from a connection profile: the database must carry this label.
    std::optional<Environment> expectedEnvironment;
    QString profileName;

    // `sqlite:PATH`, `postgresql://...`, or `profile:NAME` (a saved connection
    // profile, its password from the system keychain).
    static Result<DatabaseUrl> parse(const QString &text);
    // The embedded database in the user's data folder.
    static DatabaseUrl embeddedDefault();
    // --db if given, else $SAMS_DB, else the embedded default.
    static Result<DatabaseUrl> resolve(const QString &commandLineValue);

    // For status bars and messages: never shows a password.
    QString displayName() const;
    // The URL again, password included, as parse() reads it: for a child process's
    // SAMS_DB (an environment variable, never a command line anyone can list).
    QString toText() const;

    // PostgreSQL: the libpq options QPSQL gets, the URL's own plus SAMS's defaults
    // where the URL names none: connect_timeout and a statement_timeout, so a server
    // that stops answering cannot hang a program (docs/durability.md).
    QString postgresConnectOptions() const;
    int connectTimeoutSeconds() const;
    static constexpr int defaultConnectTimeoutSeconds = 10;
    static constexpr int defaultStatementTimeoutMs = 30000;
};

} // namespace sams
