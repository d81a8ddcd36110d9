#include "net/Keychain.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::Keychain)
};

// Runs a keychain job to its end (QtKeychain answers through the event loop);
// false when it did not answer in time or the loop was ended from outside (the
// thread quitting): then its result means nothing.
bool finish(QKeychain::Job &job)
{
    QEventLoop loop;
    bool answered = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(20 * 1000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return answered;
}

Error noAnswer()
{
    return Error::failed(Text::tr("The keychain did not answer."));
}

struct Cached {
    QString value;
    QDeadlineTimer fresh;
};
QMutex cacheMutex;
QHash<QString, Cached> &cache()
{
    static QHash<QString, Cached> entries;
    return entries;
}
} // namespace

Status storeSecret(const QString &service, const QString &key, const QString &value)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(value);
    if (!finish(job))
        return std::unexpected(noAnswer());
    if (job.error() != QKeychain::NoError)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not store the secret: %1").arg(job.errorString())));
    const QMutexLocker lock(&cacheMutex);
    cache().remove(service + QLatin1Char('/') + key);
    return {};
}

Result<QString> readSecret(const QString &service, const QString &key)
{
    const QString cacheKey = service + QLatin1Char('/') + key;
    {
        const QMutexLocker lock(&cacheMutex);
        const auto found = cache().constFind(cacheKey);
        if (found != cache().constEnd() && !found->fresh.hasExpired())
            return found->value;
    }
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (!finish(job))
        return std::unexpected(noAnswer());
    QString value;
    if (job.error() == QKeychain::NoError)
        value = job.textData();
    else if (job.error() != QKeychain::EntryNotFound)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not give the secret: %1").arg(job.errorString())));
    const QMutexLocker lock(&cacheMutex);
    cache().insert(cacheKey, {value, QDeadlineTimer(qint64(10) * 60 * 1000)});
    return value;
}

Status forgetSecret(const QString &service, const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (!finish(job))
        return std::unexpected(noAnswer());
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not forget the secret: %1").arg(job.errorString())));
    const QMutexLocker lock(&cacheMutex);
    cache().remove(service + QLatin1Char('/') + key);
    return {};
}

} // namespace sams
