#include "notify/SmtpMailer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <memory>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SmtpMailer)
};

// A header value on one line: a line break in it would start a header of its own.
QByteArray oneLine(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return v.toUtf8();
}

// RFC 2047 for a subject that is not plain ASCII: encoded words of at most 75
// characters (45 bytes of UTF-8 each, cut between characters), one space apart.
QByteArray encodedWords(const QString &value)
{
    QByteArray utf8 = oneLine(value);
    const bool ascii
        = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return static_cast<unsigned char>(c) < 127; });
    if (ascii)
        return utf8;
    QByteArrayList words;
    qsizetype at = 0;
    while (at < utf8.size()) {
        qsizetype end = std::min(at + 45, utf8.size());
        while (end < utf8.size() && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80)
            --end; // not inside a character
        words.append("=?UTF-8?B?" + utf8.mid(at, end - at).toBase64() + "?=");
        at = end;
    }
    return words.join(' ');
}

bool plausibleAddress(const QString &address)
{
    static const QString forbidden = QStringLiteral("<>\r\n\t ,;");
    if (!address.contains(QLatin1Char('@')))
        return false;
    for (const QChar c : address) {
        if (forbidden.contains(c))
            return false;
    }
    return true;
}

void addPart(curl_mime *mime, const QByteArray &data, const char *type, const char *encoder)
{
    curl_mimepart *part = curl_mime_addpart(mime);
    curl_mime_data(part, data.constData(), size_t(data.size()));
    curl_mime_type(part, type);
    curl_mime_encoder(part, encoder);
}

struct CurlDeleter {
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
    void operator()(curl_mime *m) const { curl_mime_free(m); }
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};
} // namespace

SmtpMailer::SmtpMailer(SmtpConfig config)
    : m_config(std::move(config))
{ }

SendOutcome SmtpMailer::send(const MailMessage &m)
{
    if (!plausibleAddress(m.to))
        return {SendOutcome::Kind::Permanent, Text::tr("\"%1\" is not an e-mail address.").arg(m.to), {}};
    if (!plausibleAddress(m.from))
        return {SendOutcome::Kind::Permanent,
                Text::tr("The sender \"%1\" is not an e-mail address; set it with samsctl notify setup.").arg(m.from),
                {}};
    const bool tls = m_config.startTls || m_config.url.startsWith(QLatin1String("smtps://"));
    if (!m_config.login.isEmpty() && !tls && !isLoopbackHost(QUrl(m_config.url).host()))
        return {SendOutcome::Kind::Transient,
                Text::tr("The SMTP login would cross the network unencrypted: use smtps:// or --starttls."),
                {},
                true};
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return {SendOutcome::Kind::Transient, Text::tr("libcurl could not start."), {}};
    CURL *c = curl.get();
    char errorText[CURL_ERROR_SIZE] = {};
    const QByteArray url = m_config.url.toUtf8();
    const QByteArray from = QByteArray("<") + m.from.toUtf8() + ">";
    const QByteArray login = m_config.login.toUtf8();
    const QByteArray password = m_config.password.toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(m_config.connectTimeoutSeconds));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_config.timeoutSeconds));
    watchAbort(c, m_config.abort);
    if (m_config.startTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!login.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, login.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    const QByteArray to = QByteArray("<") + m.to.toUtf8() + ">";
    std::unique_ptr<curl_slist, CurlDeleter> recipients(curl_slist_append(nullptr, to.constData()));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());

    const QByteArray date
        = QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
        + " +0000";
    curl_slist *headers = nullptr;
    const QList<QByteArray> lines{QByteArray("Date: ") + date, QByteArray("From: ") + oneLine(m.from),
                                  QByteArray("To: ") + oneLine(m.to), QByteArray("Subject: ") + encodedWords(m.subject),
                                  QByteArray("Message-ID: ") + oneLine(m.messageId)};
    for (const QByteArray &h : lines)
        headers = curl_slist_append(headers, h.constData());
    std::unique_ptr<curl_slist, CurlDeleter> headerList(headers);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);

    // multipart/mixed { multipart/alternative { text, html, calendar } }
    std::unique_ptr<curl_mime, CurlDeleter> mime(curl_mime_init(c));
    curl_mime *alternative = curl_mime_init(c);
    addPart(alternative, m.text.toUtf8(), "text/plain; charset=UTF-8", "quoted-printable");
    if (!m.html.isEmpty())
        addPart(alternative, m.html.toUtf8(), "text/html; charset=UTF-8", "quoted-printable");
    if (!m.calendar.isEmpty()) {
        const QByteArray type = "text/calendar; charset=UTF-8; method=" + m.calendarMethod.toLatin1();
        addPart(alternative, m.calendar, type.constData(), "base64");
    }
    curl_mimepart *body = curl_mime_addpart(mime.get());
    curl_mime_subparts(body, alternative); // the outer part owns it from here
    curl_mime_type(body, "multipart/alternative");
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mime.get());

    const CURLcode result = curl_easy_perform(c);
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    if (result == CURLE_OK)
        return {SendOutcome::Kind::Sent, {}, {}};
    const QString detail = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(result));
    // A refused login or a wrong address is the setup's fault, not the message's:
    // it waits (retrying) while someone fixes it, and the pass stops using the server.
    if (result == CURLE_LOGIN_DENIED)
        return {SendOutcome::Kind::Transient, Text::tr("The SMTP server refused the login: %1").arg(detail), {}, true};
    if (result == CURLE_UNSUPPORTED_PROTOCOL || result == CURLE_URL_MALFORMAT)
        return {SendOutcome::Kind::Transient,
                Text::tr("The SMTP address %1 is wrong: %2").arg(m_config.url, detail),
                {},
                true};
    if (result == CURLE_COULDNT_CONNECT || result == CURLE_COULDNT_RESOLVE_HOST
        || (result == CURLE_OPERATION_TIMEDOUT && code == 0))
        return {
            SendOutcome::Kind::Transient, Text::tr("The SMTP server could not be reached: %1").arg(detail), {}, true};
    if (code >= 500 && code < 600)
        return {
            SendOutcome::Kind::Permanent, Text::tr("The SMTP server refused it (%1): %2").arg(code).arg(detail), {}};
    if (code >= 400 && code < 500)
        return {
            SendOutcome::Kind::Transient, Text::tr("The SMTP server deferred it (%1): %2").arg(code).arg(detail), {}};
    return {SendOutcome::Kind::Transient, Text::tr("Sending by SMTP failed: %1").arg(detail), {}};
}

} // namespace sams
