#pragma once

#include "net/Curl.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace sams {

// One blocking HTTP request through libcurl, for the workers' own threads
// (calendar sync's providers). Redirects are not followed: a CalDAV server's
// redirect is part of discovery and read by the caller.
struct HttpRequest {
    QByteArray method = "GET";
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString user; // HTTP basic authentication (CalDAV app passwords)
    QString password;
    QString bearer; // an OAuth 2 access token
    int timeoutSeconds = 30;
    AbortFlag abort = nullptr;
};

struct HttpResponse {
    int status = 0; // 0: no answer came
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString error; // what the connection said when no answer came
    // Some of the request went out before the failure: the server may have
    // carried it out (an unclear create must be looked up before it is repeated).
    bool requestSent = false;
    bool ok() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

HttpResponse httpRequest(const HttpRequest &request);

// Seconds to wait from a Retry-After header (delta-seconds or an HTTP date,
// RFC 9110 §10.2.3) as seen at `now` (UTC seconds); 0 when there is none.
qint64 retryAfterSeconds(const HttpResponse &response, qint64 now);

} // namespace sams
