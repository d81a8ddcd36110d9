#pragma once

#include "net/Curl.h"

#include <QList>
#include <QString>

#include <atomic>

namespace sams {

// How one attempt at a transport ended (docs/notifications.md, "Errors").
struct SendOutcome {
    enum class Kind {
        Sent, // accepted by the server
        Transient, // nothing was accepted and it may pass: try again later
        Permanent, // refused for good (a bad address, a refused login)
        Unknown, // the request went out and no clear answer came back
    };
    Kind kind = Kind::Sent;
    QString error; // what the server or the connection said
    QString providerId; // the gateway's message id, if it gave one
    // The server could not be used at all (no connection, a refused login): the
    // next messages of this channel would fail the same way, so a pass stops
    // sending by it.
    bool serverDown = false;
};

// One e-mail, ready to go. Texts are UTF-8; `calendar` (an iCalendar object with
// its METHOD) travels as a text/calendar alternative, as invitations do.
struct MailMessage {
    QString from;
    QString to;
    QString subject;
    QString text;
    QString html;
    QByteArray calendar; // empty: none
    QString calendarMethod; // "REQUEST" or "CANCEL"
    QString messageId; // "<...@...>", the same for every attempt of one outbox row
};

struct SmsMessage {
    QString from;
    QString to;
    QString text;
};

class MailTransport
{
public:
    virtual ~MailTransport() = default;
    virtual SendOutcome send(const MailMessage &message) = 0;
};

class SmsTransport
{
public:
    virtual ~SmsTransport() = default;
    virtual SendOutcome send(const SmsMessage &message) = 0;
};

} // namespace sams
