#pragma once

#include "notify/Transports.h"

namespace sams {

struct SmsGatewayConfig {
    QString baseUrl; // e.g. "https://api.example.com/2010-04-01"
    QString account;
    QString token; // from the system keychain, never stored
    int timeoutSeconds = 30;
    AbortFlag abort = nullptr; // may be null
};

// Sends a text through an HTTP gateway of the common shape: a form POST of From,
// To and Body to <base>/Accounts/<account>/Messages.json with the account and
// token as basic authentication, answered by JSON with the message's "sid"
// (docs/notifications.md, "SMS"). Sending is not idempotent there: once the
// request went out, any unclear end (a dropped connection, a timeout, a 5xx
// other than 503, an answer without a sid) is Unknown, never Transient; only
// 429 and 503 say nothing was sent. Blocking: run it on a worker thread.
class SmsGateway : public SmsTransport
{
public:
    explicit SmsGateway(SmsGatewayConfig config);
    SendOutcome send(const SmsMessage &message) override;

private:
    SmsGatewayConfig m_config;
};

} // namespace sams
