#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <curl/curl.h>

#include <memory>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::HttpClient)
};

size_t collect(char *data, size_t size, size_t count, void *target)
{
    const size_t bytes = size * count;
    static_cast<QByteArray *>(target)->append(data, qsizetype(bytes));
    return bytes;
}

size_t header(char *data, size_t size, size_t count, void *target)
{
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    const qsizetype colon = line.indexOf(':');
    auto *headers = static_cast<QHash<QByteArray, QByteArray> *>(target);
    if (line.startsWith("HTTP/"))
        headers->clear(); // a new response (after 100 Continue)
    else if (colon > 0)
        headers->insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return bytes;
}

struct SlistDeleter {
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};
} // namespace

HttpResponse httpRequest(const HttpRequest &r)
{
    HttpResponse out;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        out.error = Text::tr("libcurl could not start.");
        return out;
    }
    CURL *c = curl.get();
    const QByteArray url = r.url.toUtf8();
    std::unique_ptr<curl_slist, SlistDeleter> headers;
    for (const auto &[name, value] : r.headers)
        headers.reset(curl_slist_append(headers.release(), QByteArray(name + ": " + value).constData()));
    QByteArray bearer;
    if (!r.bearer.isEmpty()) {
        bearer = "Authorization: Bearer " + r.bearer.toUtf8();
        headers.reset(curl_slist_append(headers.release(), bearer.constData()));
    }
    // No "Expect: 100-continue" wait on bodies.
    headers.reset(curl_slist_append(headers.release(), "Expect:"));
    const QByteArray user = r.user.toUtf8();
    const QByteArray password = r.password.toUtf8();
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, r.method.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(r.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https"); // no file://, no other scheme a server names
    watchAbort(c, r.abort);
    if (!r.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH") {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, r.body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, long(r.body.size()));
    }
    if (r.method == "HEAD")
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &out.body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, &header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &out.headers);

    const CURLcode result = curl_easy_perform(c);
    long sent = 0;
    curl_easy_getinfo(c, CURLINFO_REQUEST_SIZE, &sent);
    out.requestSent = sent > 0;
    if (result != CURLE_OK) {
        out.error = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(result));
        out.status = 0;
        return out;
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    out.status = int(status);
    return out;
}

qint64 retryAfterSeconds(const HttpResponse &response, qint64 now)
{
    const QByteArray value = response.header("retry-after").trimmed();
    if (value.isEmpty())
        return 0;
    bool number = false;
    const qint64 seconds = value.toLongLong(&number);
    if (number)
        return std::max<qint64>(0, seconds);
    // An IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime at
        = QLocale::c().toDateTime(QString::fromLatin1(value.left(25)), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!at.isValid())
        return 0;
    QDateTime utc = at;
    utc.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, utc.toSecsSinceEpoch() - now);
}

} // namespace sams
