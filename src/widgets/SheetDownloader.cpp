#include "widgets/SheetDownloader.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace sams {

namespace {
// A spreadsheet of thousands of stores is a few megabytes; more is not one.
constexpr qint64 largestFile = qint64(64) * 1024 * 1024;
constexpr int transferTimeoutMs = 30000;
} // namespace

SheetDownloader::SheetDownloader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

QStringList SheetDownloader::fileNames()
{
    return {QStringLiteral("stores.csv"),     QStringLiteral("chairs.csv"),   QStringLiteral("hours.csv"),
            QStringLiteral("exceptions.csv"), QStringLiteral("zipcodes.csv"), QStringLiteral("locks.csv")};
}

void SheetDownloader::fetch(const QUrl &base, const QString &folder)
{
    m_base = base;
    if (!m_base.path().endsWith(u'/'))
        m_base.setPath(m_base.path() + u'/');
    m_folder = folder;
    m_pending = fileNames();
    if (!m_base.isValid() || (m_base.scheme() != QLatin1String("https") && m_base.scheme() != QLatin1String("http"))) {
        Q_EMIT finished(tr("%1 is not a web address (https://…).").arg(base.toString()));
        return;
    }
    fetchNext();
}

void SheetDownloader::fetchNext()
{
    if (m_pending.isEmpty()) {
        Q_EMIT finished({});
        return;
    }
    QNetworkRequest request(m_base.resolved(QUrl(m_pending.first())));
    request.setTransferTimeout(transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > largestFile)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { arrived(reply); });
}

void SheetDownloader::arrived(QNetworkReply *reply)
{
    reply->deleteLater();
    const QString name = m_pending.takeFirst();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404 && name != QLatin1String("stores.csv")) {
        fetchNext(); // no rows of that kind
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT finished(tr("%1: %2").arg(reply->url().toString(), reply->errorString()));
        return;
    }
    QFile file(QDir(m_folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(reply->readAll()) < 0) {
        Q_EMIT finished(tr("Cannot save %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    file.close();
    fetchNext();
}

} // namespace sams
