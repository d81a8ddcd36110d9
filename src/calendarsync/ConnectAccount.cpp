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

Status disconnectCalendarAccount(CalendarSyncQueue &sync, qint64 accountId, AbortFlag abort)
{
    const Result<CalendarAccount> account = sync.account(accountId);
    if (!account)
        return std::unexpected(account.error());
    const Result<std::optional<CalendarCredentials>> secret = readCalendarCredentials(*account);
    if (!secret)
        return std::unexpected(secret.error());
    if (!*secret)
        return std::unexpected(Error::rule(Text::tr("This computer holds no secret for calendar account %1: remove it "
                                                    "where it was connected, so that SAMS's calendar goes with it.")
                                               .arg(accountId)));
    if (const std::unique_ptr<CalendarClient> client = makeCalendarClient(*account, **secret, abort)) {
        const RemoteResult removed = client->removeCalendar();
        if (removed.kind != RemoteResult::Kind::Done && removed.kind != RemoteResult::Kind::Gone)
            return std::unexpected(Error::failed(Text::tr("SAMS's calendar was not removed: %1").arg(removed.error)));
    }
    if (auto ok = sync.removeAccount(accountId); !ok)
        return ok;
    return forgetCalendarCredentials(*account);
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
