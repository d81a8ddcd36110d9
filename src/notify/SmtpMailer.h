#pragma once

#include "notify/Transports.h"

namespace sams {

struct SmtpConfig {
    QString url; // "smtp://host:port" (STARTTLS when startTls) or "smtps://host:port" (TLS from the start)
    bool startTls = false;
    QString login; // empty: no AUTH
    QString password; // from the system keychain, never stored
    int connectTimeoutSeconds = 15;
    int timeoutSeconds = 60;
    AbortFlag abort = nullptr; // may be null
};

// Sends e-mail through an SMTP server with libcurl: text and HTML alternatives
// and, for an invitation, a text/calendar alternative with its METHOD. A 5xx
// answer is Permanent; no connection, a refused login (serverDown), a timeout or
// a 4xx answer is Transient (the same Message-ID goes again). A login is sent
// only over TLS (smtps:// or STARTTLS) or to a server on this machine. One
// connection per message; blocking: run it on a worker thread.
class SmtpMailer : public MailTransport
{
public:
    explicit SmtpMailer(SmtpConfig config);
    SendOutcome send(const MailMessage &message) override;

private:
    SmtpConfig m_config;
};

} // namespace sams
