#include "calendarsync/CalendarSecrets.h"

#include "net/Keychain.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sams {

namespace {
const QString service = QStringLiteral("SAMS calendars");

// One secret per connected calendar (two accounts on one login keep their own).
QString keyOf(const CalendarAccount &a)
{
    return QStringLiteral("%1:%2@%3")
        .arg(calendarProviderName(a.provider), a.login, a.calendarRef.isEmpty() ? a.accountUrl : a.calendarRef);
}
} // namespace

Status storeCalendarCredentials(const CalendarAccount &account, const CalendarCredentials &c)
{
    QJsonObject o;
    if (!c.password.isEmpty())
        o.insert(QStringLiteral("password"), c.password);
    if (!c.accessToken.isEmpty())
        o.insert(QStringLiteral("access"), c.accessToken);
    if (!c.refreshToken.isEmpty())
        o.insert(QStringLiteral("refresh"), c.refreshToken);
    if (!c.clientId.isEmpty())
        o.insert(QStringLiteral("client"), c.clientId);
    if (!c.clientSecret.isEmpty())
        o.insert(QStringLiteral("clientSecret"), c.clientSecret);
    return storeSecret(service, keyOf(account), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Result<std::optional<CalendarCredentials>> readCalendarCredentials(const CalendarAccount &account, bool fresh)
{
    if (fresh)
        forgetCachedSecret(service, keyOf(account));
    const Result<QString> text = readSecret(service, keyOf(account));
    if (!text)
        return std::unexpected(text.error());
    if (text->isEmpty())
        return std::optional<CalendarCredentials>();
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    CalendarCredentials c;
    c.password = o.value(QStringLiteral("password")).toString();
    c.accessToken = o.value(QStringLiteral("access")).toString();
    c.refreshToken = o.value(QStringLiteral("refresh")).toString();
    c.clientId = o.value(QStringLiteral("client")).toString();
    c.clientSecret = o.value(QStringLiteral("clientSecret")).toString();
    return std::optional<CalendarCredentials>(c);
}

Status forgetCalendarCredentials(const CalendarAccount &account)
{
    return forgetSecret(service, keyOf(account));
}

CredentialSource keychainCredentials(QString *problem)
{
    return [problem](const CalendarAccount &account, bool fresh) -> std::optional<CalendarCredentials> {
        Result<std::optional<CalendarCredentials>> found = readCalendarCredentials(account, fresh);
        if (!found) {
            if (problem)
                *problem = found.error().message;
            return std::nullopt;
        }
        return *found;
    };
}

} // namespace sams
