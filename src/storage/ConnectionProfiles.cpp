#include "storage/ConnectionProfiles.h"

#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>

#include <qt6keychain/keychain.h>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::ConnectionProfiles)
};

const QString keychainService = QStringLiteral("SAMS database");

// Runs a keychain job to its end.
template<typename Job> void finish(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}
} // namespace

QList<ConnectionProfile> ConnectionProfiles::all() const
{
    QSettings settings;
    QList<ConnectionProfile> profiles;
    settings.beginGroup(QStringLiteral("profiles"));
    for (const QString &name : settings.childGroups()) {
        settings.beginGroup(name);
        profiles.append(
            {name, settings.value(QStringLiteral("url")).toString(),
             parseEnvironment(settings.value(QStringLiteral("environment")).toString()).value_or(Environment::Local)});
        settings.endGroup();
    }
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name) const
{
    for (const ConnectionProfile &p : all()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

Status ConnectionProfiles::save(const ConnectionProfile &profile)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(profile.url);
    if (!url)
        return std::unexpected(url.error());
    if (!url->password.isEmpty())
        return std::unexpected(Error::usage(
            Text::tr("Put no password in a profile's URL; SAMS keeps it in the system keychain instead.")));
    QSettings settings;
    settings.beginGroup(QStringLiteral("profiles/") + profile.name);
    settings.setValue(QStringLiteral("url"), profile.url);
    settings.setValue(QStringLiteral("environment"), environmentName(profile.environment));
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return std::unexpected(Error::failed(Text::tr("Cannot save the profile to %1.").arg(settings.fileName())));
    return {};
}

void ConnectionProfiles::remove(const QString &name)
{
    QSettings settings;
    settings.remove(QStringLiteral("profiles/") + name);
}

Status PasswordStore::store(const QString &profile, const QString &password)
{
    QKeychain::WritePasswordJob job(keychainService);
    job.setAutoDelete(false);
    job.setKey(profile);
    job.setTextData(password);
    finish(job);
    if (job.error() != QKeychain::NoError)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not store the password: %1").arg(job.errorString())));
    return {};
}

Result<QString> PasswordStore::read(const QString &profile)
{
    QKeychain::ReadPasswordJob job(keychainService);
    job.setAutoDelete(false);
    job.setKey(profile);
    finish(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not give the password: %1").arg(job.errorString())));
    return job.textData();
}

Status PasswordStore::remove(const QString &profile)
{
    QKeychain::DeletePasswordJob job(keychainService);
    job.setAutoDelete(false);
    job.setKey(profile);
    finish(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not remove the password: %1").arg(job.errorString())));
    return {};
}

} // namespace sams
