#include "calendarsync/ConnectAccount.h"

#include "calendarsync/CalendarSecrets.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::ConnectAccount)
};
} // namespace

Result<qint64> connectCalendarAccount(CalendarSyncQueue &sync, CalendarAccount account,
                                      const CalendarCredentials &secret, const QString &installation, qint64 now,
                                      AbortFlag abort)
{
    const std::unique_ptr<CalendarClient> client = makeCalendarClient(account, secret, abort);
    if (!client)
        return std::unexpected(
            Error::usage(Text::tr("This build cannot reach %1.").arg(calendarProviderLabel(account.provider))));
    const RemoteResult calendar = client->ensureCalendar(installation);
    if (calendar.kind == RemoteResult::Kind::SignIn)
        return std::unexpected(
            Error::failed(Text::tr("The calendar server refused the login: %1").arg(calendar.error)));
    if (calendar.kind != RemoteResult::Kind::Done)
        return std::unexpected(
            Error::failed(Text::tr("The calendar server did not give a calendar: %1").arg(calendar.error)));
    account.calendarRef = calendar.remoteId;
    if (auto ok = storeCalendarCredentials(account, secret); !ok)
        return std::unexpected(ok.error());
    return sync.addAccount(account, now);
}

QString oauthClientId(CalendarProvider provider)
{
    return qEnvironmentVariable(provider == CalendarProvider::Google ? "SAMS_GOOGLE_CLIENT_ID"
                                                                     : "SAMS_MICROSOFT_CLIENT_ID");
}

QString oauthClientSecret(CalendarProvider provider)
{
    return provider == CalendarProvider::Google ? qEnvironmentVariable("SAMS_GOOGLE_CLIENT_SECRET") : QString();
}

QString oauthApiOverride(CalendarProvider provider)
{
    return qEnvironmentVariable(provider == CalendarProvider::Google ? "SAMS_GOOGLE_API" : "SAMS_MICROSOFT_API");
}

} // namespace sams
