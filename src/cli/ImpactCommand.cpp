#include "cli/ImpactCommand.h"

#include "cli/RuleOptions.h"

#include "core/ImpactAnalysis.h"
#include "core/InputLimits.h"
#include "core/SlotCalculator.h"
#include "core/Spreadsheet.h"
#include "core/StoreScheduleLoader.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::ImpactCommand)
};

} // namespace

int runImpact(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("store"), Text::tr("Store code."), QStringLiteral("code")},
         {QStringLiteral("chair"), Text::tr("Only this chair."), QStringLiteral("name")},
         {QStringLiteral("hours"), Text::tr("Proposed weekly hours."), QStringLiteral("week")},
         {QStringLiteral("from"), Text::tr("First day of the proposed hours."), QStringLiteral("date")},
         {QStringLiteral("closed"), Text::tr("A day closed all day."), QStringLiteral("date")},
         {QStringLiteral("lock-from"), Text::tr("Start of a proposed lock."), QStringLiteral("time")},
         {QStringLiteral("lock-to"), Text::tr("End of a proposed lock."), QStringLiteral("time")},
         {QStringLiteral("chair-ends"), Text::tr("A chair to end."), QStringLiteral("name")},
         {QStringLiteral("on"), Text::tr("Its last day."), QStringLiteral("date")},
         {QStringLiteral("store-closes"), Text::tr("The store's last day."), QStringLiteral("date")},
         {QStringLiteral("until"), Text::tr("Last day to look at (default: a year on)."), QStringLiteral("date")},
         {QStringLiteral("json"), Text::tr("Print JSON.")}});
    if (auto ok = parseArguments(parser, arguments); !ok)
        return context.fail(ok.error());
    const Result<QString> code = required(parser, QStringLiteral("store"));
    if (!code)
        return context.fail(code.error());
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<Store> store = findStore(repository, *code);
    if (!store)
        return context.fail(store.error());
    std::optional<ChairId> chair;
    if (parser.isSet(QStringLiteral("chair"))) {
        const Result<Chair> named = findChair(repository, *store, parser.value(QStringLiteral("chair")));
        if (!named)
            return context.fail(named.error());
        chair = named->id;
    }

    // The one change proposed, and the first day it can touch.
    std::optional<ProposedChange> change;
    QDate from;
    if (parser.isSet(QStringLiteral("hours"))) {
        const Result<std::array<DayIntervals, 7>> week
            = parseWeek(parser.value(QStringLiteral("hours")), QStringLiteral("hours"));
        const Result<QDate> start = dateOption(parser, QStringLiteral("from"));
        if (!week || !start)
            return context.fail(!week ? week.error() : start.error());
        HoursVersion version;
        version.storeId = store->id;
        version.chairId = chair;
        version.effectiveFrom = *start;
        version.week = *week;
        change = version;
        from = *start;
    } else if (parser.isSet(QStringLiteral("closed"))) {
        const Result<QDate> day = dateOption(parser, QStringLiteral("closed"));
        if (!day)
            return context.fail(day.error());
        change = DateException{0, store->id, chair, *day, {}, QStringLiteral("proposed"), 1};
        from = *day;
    } else if (parser.isSet(QStringLiteral("lock-from"))) {
        const Result<LocalDateTime> start = localDateTimeOption(parser, QStringLiteral("lock-from"));
        const Result<LocalDateTime> end = localDateTimeOption(parser, QStringLiteral("lock-to"));
        if (!start || !end)
            return context.fail(!start ? start.error() : end.error());
        Lock lock;
        lock.storeId = store->id;
        lock.chairId = chair;
        lock.startsAt = SlotCalculator::instantOf(start->date, start->minute, store->timeZone());
        lock.endsAt = SlotCalculator::instantOf(end->date, end->minute, store->timeZone());
        if (lock.endsAt <= lock.startsAt)
            return context.fail(Error::usage(Text::tr("--lock-to must be after --lock-from.")));
        if (auto ok = limits::checkLockSpan(lock.startsAt.toSecsSinceEpoch(), lock.endsAt.toSecsSinceEpoch()); !ok)
            return context.fail(ok.error());
        change = lock;
        from = start->date;
    } else if (parser.isSet(QStringLiteral("chair-ends"))) {
        const Result<Chair> ending = findChair(repository, *store, parser.value(QStringLiteral("chair-ends")));
        const Result<QDate> last = dateOption(parser, QStringLiteral("on"));
        if (!ending || !last)
            return context.fail(!ending ? ending.error() : last.error());
        change = ChairEndChange{ending->id, *last};
        from = last->addDays(1);
    } else if (parser.isSet(QStringLiteral("store-closes"))) {
        const Result<QDate> last = dateOption(parser, QStringLiteral("store-closes"));
        if (!last)
            return context.fail(last.error());
        change = StoreCloseChange{*last};
        from = last->addDays(1);
    } else {
        return context.fail(
            Error::usage(Text::tr("impact needs a change: --hours with --from, --closed, --lock-from with --lock-to, "
                                  "--chair-ends with --on, or --store-closes.")));
    }
    QDate until = from.addDays(365);
    if (parser.isSet(QStringLiteral("until"))) {
        const Result<QDate> last = dateOption(parser, QStringLiteral("until"));
        if (!last)
            return context.fail(last.error());
        until = *last;
    }
    if (auto ok = limits::checkDateRange(from, until, limits::longestImpactDays, Text::tr("The impact preview")); !ok) {
        return context.fail(ok.error());
    }

    const Result<StoreSchedule> schedule = loadStoreSchedule(repository, *store, from, until);
    if (!schedule)
        return context.fail(schedule.error());
    const QList<DayImpact> days = impactOf(*schedule, *change, from, until);
    QJsonArray json;
    qsizetype count = 0;
    for (const DayImpact &day : days) {
        for (const BookedSpan &span : day.appointments) {
            ++count;
            const QString chairName = schedule->chair(span.chairId) ? schedule->chair(span.chairId)->name : QString();
            const QDateTime start = QDateTime::fromSecsSinceEpoch(span.start, Qt::UTC).toTimeZone(store->timeZone());
            if (parser.isSet(QStringLiteral("json")))
                json.append(QJsonObject{{QStringLiteral("appointment"), span.id},
                                        {QStringLiteral("chair"), chairName},
                                        {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                        {QStringLiteral("start"), start.toString(Qt::ISODate)}});
            else
                context.out << day.date.toString(Qt::ISODate) << '\t' << start.toString(QStringLiteral("HH:mm")) << '\t'
                            << chairName << '\t' << span.id << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else
        context.out << Text::tr("%1 appointment(s) would be displaced; nothing was changed.").arg(count) << '\n';
    context.out.flush();
    return 0;
}

} // namespace sams::cli
