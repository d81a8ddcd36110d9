#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace sams {

// Fetches a published store spreadsheet (docs/manager-guide.md, Import): the six
// CSV files under a web folder (`base`/stores.csv, chairs.csv, ...) into a local
// folder, with Qt Network, never blocking the window. stores.csv must be there;
// a file the server does not have (404) means no rows of that kind, as a
// missing file does in a folder. `finished` says what went wrong, or nothing.
class SheetDownloader : public QObject
{
    Q_OBJECT
public:
    explicit SheetDownloader(QObject *parent = nullptr);

    void fetch(const QUrl &base, const QString &folder);
    // The files of a spreadsheet, in the order they are fetched.
    static QStringList fileNames();

Q_SIGNALS:
    void finished(const QString &problem);

private:
    void fetchNext();
    void arrived(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    QString m_folder;
    QStringList m_pending;
};

} // namespace sams
