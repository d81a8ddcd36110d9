#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace sams::test {

// One run of the real samsctl (SAMSCTL_PATH) as the command-line tests drive it.
struct SamsctlRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment for samsctl on `databaseUrl` at the fixed moment `now`
// (SAMS_FAKE_NOW), secrets from the keychain only (the SAMS_* secret variables removed).
QProcessEnvironment samsctlEnvironment(const QString &databaseUrl, const QDateTime &now);
// Runs it to its end (at most `seconds`), `input` on its standard input.
SamsctlRun runSamsctl(const QProcessEnvironment &environment, const QStringList &arguments,
                      const QByteArray &input = {}, int seconds = 120);
// Polls `done` (events processed meanwhile) until true or `ms` pass.
bool waitUntil(const std::function<bool()> &done, int ms = 30000);

} // namespace sams::test
