#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace sams::test {

// The real SMTP server (aiosmtpd, writing a Maildir) and the local SMS gateway
// that tests/notify-servers.sh starts for tests/run-all-tests.sh, found through
// the environment (SAMS_TEST_SMTP, SAMS_TEST_SMTP_DIR, SAMS_TEST_SMS_URL, ...).
// Faults are injected through each server's `mode` file (tests/servers/*.py).
// Tests that use them take turns (CTest RESOURCE_LOCK notify_servers).
class NotifyServers
{
public:
    NotifyServers(); // reads the environment

    // Both servers are known; otherwise the test must fail with missingText.
    bool running() const { return !smtp.isEmpty() && !smsUrl.isEmpty(); }
    static constexpr const char *missingText
        = "SAMS_TEST_SMTP and SAMS_TEST_SMS_URL are unset: start the servers with tests/notify-servers.sh";

    QString smtpUrl() const { return QStringLiteral("smtp://") + smtp; }
    // Empties the Maildir and the gateway's record; both servers accept again.
    bool reset() const;
    bool setSmtpMode(const QString &mode) const { return writeMode(smtpDir, mode); }
    bool setSmsMode(const QString &mode) const { return writeMode(smsDir, mode); }
    int mailCount() const; // messages in the Maildir
    // Every message in the Maildir, oldest first, read by Python's email and
    // icalendar (tests/servers/read_mail.py): to, subject, text, html, message_id, calendar.
    QJsonArray mails() const;
    QStringList texts() const; // the bodies the gateway took, in order

    QString smtp; // host:port
    QString smtpDir;
    QString smsUrl;
    QString smsDir;
    QString smsAccount;
    QString smsToken;

private:
    static bool writeMode(const QString &dir, const QString &mode);
};

} // namespace sams::test
