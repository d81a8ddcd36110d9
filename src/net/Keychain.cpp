#include "net/Keychain.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::Keychain)
};

// Every keychain job of the process runs on one thread of its own: libsecret
// binds its connection to the first thread that uses it, so a job started on
// another thread (a worker made later, a window's) would never be answered.
// The thread lives as long as the process.
QObject *keychainContext()
{
    static QObject *context = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("sams-keychain"));
        thread->start();
        auto *object = new QObject;
        object->moveToThread(thread);
        return object;
    }();
    return context;
}

struct Answer {
    bool answered = false; // false: no answer within 20 seconds
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Starts the job `make` creates on the keychain's thread and waits for its end.
Answer runJob(std::function<QKeychain::Job *()> make)
{
    struct Shared {
        QSemaphore done;
        Answer answer;
    };
    auto shared = std::make_shared<Shared>();
    QMetaObject::invokeMethod(
        keychainContext(),
        [shared, make = std::move(make)] {
            QKeychain::Job *job = make(); // deletes itself once finished
            QObject::connect(job, &QKeychain::Job::finished, job, [shared, job] {
                shared->answer.answered = true;
                shared->answer.error = job->error();
                shared->answer.errorString = job->errorString();
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                    shared->answer.text = read->textData();
                shared->done.release();
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (!shared->done.tryAcquire(1, 20 * 1000))
        return {};
    return shared->answer;
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

void forgetCachedSecret(const QString &service, const QString &key)
{
    const QMutexLocker lock(&cacheMutex);
    cache().remove(service + QLatin1Char('/') + key);
}

Status storeSecret(const QString &service, const QString &key, const QString &value)
{
    const Answer a = runJob([service, key, value] {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        job->setTextData(value);
        return job;
    });
    if (!a.answered)
        return std::unexpected(noAnswer());
    if (a.error != QKeychain::NoError)
        return std::unexpected(Error::failed(Text::tr("The keychain did not store the secret: %1").arg(a.errorString)));
    forgetCachedSecret(service, key);
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
    const Answer a = runJob([service, key] {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        return job;
    });
    if (!a.answered)
        return std::unexpected(noAnswer());
    if (a.error != QKeychain::NoError && a.error != QKeychain::EntryNotFound)
        return std::unexpected(Error::failed(Text::tr("The keychain did not give the secret: %1").arg(a.errorString)));
    const QString value = a.error == QKeychain::NoError ? a.text : QString();
    // "None" is not kept: a secret stored by another program counts at once.
    if (!value.isEmpty()) {
        const QMutexLocker lock(&cacheMutex);
        cache().insert(cacheKey, {value, QDeadlineTimer(qint64(10) * 60 * 1000)});
    }
    return value;
}

Status forgetSecret(const QString &service, const QString &key)
{
    const Answer a = runJob([service, key] {
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        return job;
    });
    if (!a.answered)
        return std::unexpected(noAnswer());
    if (a.error != QKeychain::NoError && a.error != QKeychain::EntryNotFound)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not forget the secret: %1").arg(a.errorString)));
    forgetCachedSecret(service, key);
    return {};
}

} // namespace sams
