#include "core/CalendarSync.h"

#include "core/EnumNames.h"

#include <array>
#include <utility>

namespace sams {

namespace {
constexpr std::array<std::pair<CalendarProvider, const char *>, 3> providerNames{{
    {CalendarProvider::CalDav, "caldav"},
    {CalendarProvider::Google, "google"},
    {CalendarProvider::Outlook, "outlook"},
}};
constexpr std::array<std::pair<CalendarAccountState, const char *>, 3> accountStateNames{{
    {CalendarAccountState::Active, "active"},
    {CalendarAccountState::NeedsSignIn, "needs_signin"},
    {CalendarAccountState::Disconnected, "disconnected"},
}};
constexpr std::array<std::pair<SyncState, const char *>, 7> stateNames{{
    {SyncState::Pending, "pending"},
    {SyncState::Pushing, "pushing"},
    {SyncState::Synced, "synced"},
    {SyncState::Retrying, "retrying"},
    {SyncState::NeedsSignIn, "needs_signin"},
    {SyncState::Removed, "removed"},
    {SyncState::Dead, "dead"},
}};
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::CalendarSync)
};
} // namespace

QString calendarProviderName(CalendarProvider provider)
{
    return detail::nameIn(providerNames, provider);
}

std::optional<CalendarProvider> parseCalendarProvider(const QString &name)
{
    return detail::parseIn<CalendarProvider>(providerNames, name);
}

QString calendarProviderLabel(CalendarProvider provider)
{
    switch (provider) {
    case CalendarProvider::CalDav:
        return Text::tr("CalDAV");
    case CalendarProvider::Google:
        return Text::tr("Google Calendar");
    case CalendarProvider::Outlook:
        return Text::tr("Outlook");
    }
    return {};
}

QString calendarAccountStateName(CalendarAccountState state)
{
    return detail::nameIn(accountStateNames, state);
}

std::optional<CalendarAccountState> parseCalendarAccountState(const QString &name)
{
    return detail::parseIn<CalendarAccountState>(accountStateNames, name);
}

QString syncStateName(SyncState state)
{
    return detail::nameIn(stateNames, state);
}

std::optional<SyncState> parseSyncState(const QString &name)
{
    return detail::parseIn<SyncState>(stateNames, name);
}

QString syncStateLabel(SyncState state)
{
    switch (state) {
    case SyncState::Pending:
        return Text::tr("Pending");
    case SyncState::Pushing:
        return Text::tr("Pushing");
    case SyncState::Synced:
        return Text::tr("Synced");
    case SyncState::Retrying:
        return Text::tr("Retrying");
    case SyncState::NeedsSignIn:
        return Text::tr("Needs sign-in");
    case SyncState::Removed:
        return Text::tr("Removed by the user");
    case SyncState::Dead:
        return Text::tr("Failed");
    }
    return {};
}

QString syncEventUid(const QString &installation, const QString &entity, qint64 entityId, int generation)
{
    // Lower-case hex installation, digits and the letters a, g, o, s: all in
    // base32hex, so Google accepts it as an event id as it is.
    const QChar kind = entity == QLatin1String("work_order") ? QLatin1Char('o') : QLatin1Char('a');
    return QStringLiteral("sams%1%2%3g%4").arg(installation.toLower(), kind).arg(entityId).arg(generation);
}

} // namespace sams
