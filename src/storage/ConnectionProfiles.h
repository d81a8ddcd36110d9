#pragma once

#include "core/Environment.h"
#include "core/Error.h"

#include <QList>
#include <QString>

namespace sams {

// A named database a user works with: where it is and which environment the user
// expects it to be. Kept with QSettings; the password never is: it lives in the
// system keychain (PasswordStore).
struct ConnectionProfile {
    QString name;
    QString url; // without a password
    Environment environment = Environment::Local;
};

class ConnectionProfiles
{
public:
    QList<ConnectionProfile> all() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    Status save(const ConnectionProfile &profile);
    void remove(const QString &name);
};

// Database passwords in the system keychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store) through QtKeychain. Blocking calls: they
// wait for the keychain's answer in a local event loop.
class PasswordStore
{
public:
    static Status store(const QString &profile, const QString &password);
    static Result<QString> read(const QString &profile); // empty when none is stored
    static Status remove(const QString &profile);
};

} // namespace sams
