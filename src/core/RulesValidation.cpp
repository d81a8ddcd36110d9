#include "core/RulesValidation.h"

#include "core/TextRules.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::RulesValidation)
};

QString span(const TimeInterval &interval)
{
    return QStringLiteral("%1-%2").arg(formatMinuteOfDay(interval.openMinute), formatMinuteOfDay(interval.closeMinute));
}

Status firstProblem(const QList<IntervalProblem> &problems)
{
    if (problems.isEmpty())
        return {};
    const IntervalProblem &p = problems.first();
    const QString day = p.weekday > 0 ? QLocale().dayName(p.weekday) + QStringLiteral(": ") : QString();
    return std::unexpected(Error::usage(day + p.message));
}

Error past(const QString &message)
{
    return Error::rule(Error::Reason::Past, message);
}
} // namespace

QList<IntervalProblem> checkDay(const DayIntervals &day, int weekday)
{
    QList<IntervalProblem> problems;
    for (int i = 0; i < day.size(); ++i) {
        const TimeInterval &interval = day.at(i);
        if (interval.openMinute < 0 || interval.closeMinute > 24 * 60)
            problems.append({weekday, i, Text::tr("%1 is not within 00:00-24:00").arg(span(interval))});
        else if (interval.closeMinute <= interval.openMinute)
            problems.append({weekday, i, Text::tr("%1 closes before it opens").arg(span(interval))});
        else {
            for (int j = 0; j < i; ++j) {
                if (day.at(j).isValid() && interval.overlaps(day.at(j))) {
                    problems.append({weekday, i, Text::tr("%1 overlaps %2").arg(span(interval), span(day.at(j)))});
                    break;
                }
            }
        }
    }
    return problems;
}

QList<IntervalProblem> checkWeek(const std::array<DayIntervals, 7> &week)
{
    QList<IntervalProblem> problems;
    for (int day = 1; day <= 7; ++day)
        problems += checkDay(week.at(day - 1), day);
    return problems;
}

Status checkHoursVersion(const Store &store, const HoursVersion &hours, QDate today)
{
    if (!hours.effectiveFrom.isValid())
        return std::unexpected(Error::usage(Text::tr("The hours need a date they take effect from.")));
    if (hours.followsStore && !hours.chairId)
        return std::unexpected(Error::usage(Text::tr("Only a chair's hours can follow the store's.")));
    if (hours.followsStore && std::ranges::any_of(hours.week, [](const DayIntervals &d) { return !d.isEmpty(); }))
        return std::unexpected(Error::usage(Text::tr("Hours that follow the store's list no hours of their own.")));
    if (auto ok = firstProblem(checkWeek(hours.week)); !ok)
        return ok;
    if (hours.effectiveFrom < today)
        return std::unexpected(past(Text::tr("Hours from %1 would change the past; choose today or later.")
                                        .arg(hours.effectiveFrom.toString(Qt::ISODate))));
    if (store.opensOn.isValid() && hours.effectiveFrom < store.opensOn)
        return std::unexpected(Error::rule(Error::Reason::ChairEnded,
                                           Text::tr("Store %1 opens on %2; hours cannot take effect before that.")
                                               .arg(store.code, store.opensOn.toString(Qt::ISODate))));
    return {};
}

Status checkException(const Store &store, const DateException &exception, QDate today)
{
    Q_UNUSED(store)
    if (!exception.date.isValid())
        return std::unexpected(Error::usage(Text::tr("The exception needs a date.")));
    if (auto ok = checkNameText(exception.reason, Text::tr("The reason")); !ok)
        return ok;
    if (auto ok = firstProblem(checkDay(exception.intervals, 0)); !ok)
        return ok;
    if (exception.date < today)
        return std::unexpected(past(
            Text::tr("%1 has passed; exceptions are for today or later.").arg(exception.date.toString(Qt::ISODate))));
    return {};
}

Status checkChair(const Chair *before, const Chair &after, QDate today)
{
    if (auto ok = checkNameText(after.name, Text::tr("The chair name"), TextKind::Identifier); !ok)
        return ok;
    if (!after.startsOn.isValid())
        return std::unexpected(Error::usage(Text::tr("The chair needs a start date.")));
    if (after.endsOn.isValid() && after.endsOn < after.startsOn)
        return std::unexpected(
            Error::usage(Text::tr("The chair would end on %1, before it starts on %2.")
                             .arg(after.endsOn.toString(Qt::ISODate), after.startsOn.toString(Qt::ISODate))));
    const bool startMoved = !before || before->startsOn != after.startsOn;
    if (startMoved && (after.startsOn < today || (before && before->startsOn < today)))
        return std::unexpected(
            past(Text::tr("Chair %1 has started already; its start date can no longer change.").arg(after.name)));
    const bool endMoved = !before || before->endsOn != after.endsOn;
    if (endMoved && after.endsOn.isValid() && after.endsOn < today)
        return std::unexpected(past(
            Text::tr("An end date of %1 has passed; choose today or later.").arg(after.endsOn.toString(Qt::ISODate))));
    return {};
}

Status checkStore(const Store &before, const Store &after, QDate today)
{
    if (auto ok = checkNameText(after.name, Text::tr("The store name")); !ok)
        return ok;
    if (!QTimeZone::isTimeZoneIdAvailable(after.timeZoneId))
        return std::unexpected(
            Error::usage(Text::tr("%1 is not a known IANA time zone.").arg(QString::fromUtf8(after.timeZoneId))));
    if (after.slotMinutes < 5 || after.slotMinutes > 480)
        return std::unexpected(Error::usage(Text::tr("A slot lasts 5 to 480 minutes, not %1.").arg(after.slotMinutes)));
    if (after.capacity < 1)
        return std::unexpected(Error::usage(Text::tr("A chair takes at least one appointment at a time.")));
    if (after.horizonDays < 0 || after.minNoticeMinutes < 0)
        return std::unexpected(Error::usage(Text::tr("The horizon and the notice cannot be negative.")));
    if (!after.visibleFrom.isValid() || !after.opensOn.isValid())
        return std::unexpected(Error::usage(Text::tr("The store needs a visible-from and an opening date.")));
    if (after.visibleFrom > after.opensOn)
        return std::unexpected(
            Error::usage(Text::tr("Staff must see the store (from %1) no later than it opens (%2).")
                             .arg(after.visibleFrom.toString(Qt::ISODate), after.opensOn.toString(Qt::ISODate))));
    if (after.closesOn.isValid() && after.closesOn < after.opensOn)
        return std::unexpected(
            Error::usage(Text::tr("The store would close on %1, before it opens on %2.")
                             .arg(after.closesOn.toString(Qt::ISODate), after.opensOn.toString(Qt::ISODate))));
    if (before.opensOn != after.opensOn && (before.opensOn <= today || after.opensOn < today))
        return std::unexpected(
            past(Text::tr("Store %1 has opened already; its opening date can no longer change.").arg(after.code)));
    if (before.closesOn != after.closesOn && after.closesOn.isValid() && after.closesOn < today)
        return std::unexpected(past(Text::tr("A closing date of %1 has passed; choose today or later.")
                                        .arg(after.closesOn.toString(Qt::ISODate))));
    return {};
}

} // namespace sams
